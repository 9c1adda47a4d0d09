package org.parallax.core.export;

import java.util.Objects;
import org.parallax.core.text.Span;

/**
 * A translation-choice flag as it leaves Parallax: a span of the unit's target text and what it says about it.
 *
 * @param start           first {@code char} offset of the span in the unit's target text
 * @param end             offset just past the span (half-open, like {@link Span})
 * @param category        a category code such as {@code source-term-kept} or {@code TERMINOLOGY} (see
 *                        {@link ItsIssueType#forCategory(String)}); never blank
 * @param label           the category as people read it ("Source term kept"); the category code when null or blank
 * @param sourceTerm      the source term in its own script ("доказать"); "" when unknown, null becomes ""
 * @param transliteration the term as the translator wrote it ("dokazat’"); "" when none, null becomes ""
 * @param comment         free text; "" when none, null becomes ""
 * @param status          review status (proposed, approved, rejected); "" when unknown, null becomes ""
 */
public record ExportFlag(int start, int end, String category, String label, String sourceTerm,
                         String transliteration, String comment, String status) {

    public ExportFlag {
        new Span(start, end);
        Objects.requireNonNull(category, "category");
        if (category.isBlank()) {
            throw new IllegalArgumentException("a flag needs a category");
        }
        label = label == null || label.isBlank() ? category : label;
        sourceTerm = Objects.requireNonNullElse(sourceTerm, "");
        transliteration = Objects.requireNonNullElse(transliteration, "");
        comment = Objects.requireNonNullElse(comment, "");
        status = Objects.requireNonNullElse(status, "");
    }

    public Span span() {
        return new Span(start, end);
    }
}
