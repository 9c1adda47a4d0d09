package org.parallax.review;

import java.util.List;
import org.parallax.core.review.BeadRange;

/** The sentences of an alignment's two versions, to show a bead's text. */
public record AlignmentTexts(String sourceLanguage, List<String> source, String targetLanguage, List<String> target) {

    public AlignmentTexts {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public String sourceOf(BeadRange range) {
        return String.join(" ", source.subList(range.sourceStart(), range.sourceEnd()));
    }

    public String targetOf(BeadRange range) {
        return String.join(" ", target.subList(range.targetStart(), range.targetEnd()));
    }
}
