package org.parallax.flags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parallax.core.flags.RussianStemMatcher;
import org.parallax.core.text.Span;

/**
 * Links flags on a translation back to the source: where a flag's source term occurs in an aligned Russian source
 * sentence, found by stems so inflected forms match. Other source languages are not searched (no stemmer yet).
 */
public final class SourceTermLinks {

    /** A flag's source term found in a source sentence, at {@code span} (offsets into that sentence). */
    public record Link(Span span, Flag flag) {
    }

    private final RussianStemMatcher matcher = new RussianStemMatcher();

    /** The first occurrence of each flag's source term in the sentence, in sentence order, without overlaps. */
    public List<Link> find(String sourceLanguage, String sourceSentence, List<Flag> flags) {
        if (!sourceLanguage.toLowerCase(Locale.ROOT).startsWith("ru")) {
            return List.of();
        }
        List<Link> found = new ArrayList<>();
        for (Flag flag : flags) {
            if (flag.sourceTerm() != null && flag.status() != FlagStatus.REJECTED) {
                matcher.find(sourceSentence, flag.sourceTerm()).ifPresent(span -> found.add(new Link(span, flag)));
            }
        }
        found.sort(Comparator.comparingInt(link -> link.span().start()));
        List<Link> disjoint = new ArrayList<>();
        for (Link link : found) {
            if (disjoint.isEmpty() || disjoint.getLast().span().end() <= link.span().start()) {
                disjoint.add(link);
            }
        }
        return disjoint;
    }
}
