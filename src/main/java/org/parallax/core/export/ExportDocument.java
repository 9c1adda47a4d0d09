package org.parallax.core.export;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An alignment ready to export: the two versions' languages and titles and one unit per bead, in order.
 *
 * @param sourceLanguage BCP 47 tag of the source version ("en", "ru", "zh-Hans"); checked for well-formedness
 * @param targetLanguage BCP 47 tag of the target version
 * @param sourceTitle    title of the source version; "" when unknown, null becomes ""
 * @param targetTitle    title of the target version; "" when unknown, null becomes ""
 * @param units          the beads, in alignment order
 * @param creationTool   the program writing the file
 */
public record ExportDocument(String sourceLanguage, String targetLanguage, String sourceTitle, String targetTitle,
                             List<ExportUnit> units, CreationTool creationTool) {

    public ExportDocument {
        sourceLanguage = wellFormedTag(sourceLanguage, "source");
        targetLanguage = wellFormedTag(targetLanguage, "target");
        sourceTitle = Objects.requireNonNullElse(sourceTitle, "");
        targetTitle = Objects.requireNonNullElse(targetTitle, "");
        units = List.copyOf(units);
        Objects.requireNonNull(creationTool, "creationTool");
    }

    /** The same document with only the approved units. */
    public ExportDocument approvedOnly() {
        return new ExportDocument(sourceLanguage, targetLanguage, sourceTitle, targetTitle,
                units.stream().filter(ExportUnit::isApproved).toList(), creationTool);
    }

    private static String wellFormedTag(String tag, String side) {
        Objects.requireNonNull(tag, side + " language");
        if (tag.isBlank()) {
            throw new IllegalArgumentException("no language tag for the " + side);
        }
        try {
            // The builder rejects ill-formed tags where Locale.forLanguageTag would silently drop them.
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP 47 language tag for the " + side + ": '" + tag + "'", e);
        }
    }
}
