package org.parallax.core.export;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TmxReader} found: the two languages and the units, in file order, ready to import as a parallel
 * document (one source and one target segment per unit).
 *
 * @param sourceLanguage the header's {@code srclang}, or the first variant's language when it is {@code *all*}
 * @param targetLanguage the first other language met; "" when the file has only one language
 * @param units          the translation units
 */
public record TmxContent(String sourceLanguage, String targetLanguage, List<TmxUnit> units) {

    public TmxContent {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        units = List.copyOf(units);
    }

    public List<String> sourceSegments() {
        return units.stream().map(TmxUnit::source).toList();
    }

    public List<String> targetSegments() {
        return units.stream().map(TmxUnit::target).toList();
    }
}
