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
 * @param issueType       the ITS 2.0 {@code locQualityIssueType} for XLIFF (a code of {@link ItsIssueType}); when null
 *                        or blank, the one {@link ItsIssueType#forCategory(String)} gives for the category
 * @param sourceSpan      the span of the unit's source text the flag renders (offsets into the source joined like the
 *                        target), or null when the flag is not linked to the source
 */
public record ExportFlag(int start, int end, String category, String label, String sourceTerm,
                         String transliteration, String comment, String status, String issueType, Span sourceSpan) {

    /** A flag without a source span whose ITS type follows from its category. */
    public ExportFlag(int start, int end, String category, String label, String sourceTerm, String transliteration,
                      String comment, String status) {
        this(start, end, category, label, sourceTerm, transliteration, comment, status, null, null);
    }

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
        if (issueType == null || issueType.isBlank()) {
            issueType = ItsIssueType.forCategory(category).code();
        } else if (ItsIssueType.ofCode(issueType).isEmpty()) {
            throw new IllegalArgumentException("not an ITS 2.0 issue type: '" + issueType + "'");
        }
    }

    /** The same flag linked to a span of the unit's source text. */
    public ExportFlag withSourceSpan(Span span) {
        return new ExportFlag(start, end, category, label, sourceTerm, transliteration, comment, status, issueType,
                span);
    }

    public Span span() {
        return new Span(start, end);
    }
}
