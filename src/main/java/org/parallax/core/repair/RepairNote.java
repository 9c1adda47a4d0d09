package org.parallax.core.repair;

/**
 * One thing the repairer changed, shown to the user next to the repaired text.
 *
 * @param kind      what was done
 * @param paragraph index of the repaired paragraph concerned, or {@link #WHOLE_DOCUMENT}
 * @param detail    a short human-readable description, quoting the text involved
 */
public record RepairNote(Kind kind, int paragraph, String detail) {

    /** The {@code paragraph} value of a note about the document as a whole. */
    public static final int WHOLE_DOCUMENT = -1;

    public enum Kind {
        /** Two parts of one paragraph that a page break had split were joined. */
        JOINED_PAGE_BREAK,
        /** Hard-wrapped printed lines were joined into paragraphs. */
        REFLOWED_LINES,
        /** A word hyphenated at a line end was joined again. */
        DEHYPHENATED,
        /** A line holding only a page number was dropped. */
        REMOVED_PAGE_NUMBER,
        /** Stray symbols left by the PDF extraction (e.g. "□□") were dropped. */
        REMOVED_SYMBOLS,
        /** Typographic ligatures ("ﬁ") were spelled out and invisible soft hyphens dropped. */
        NORMALISED_CHARACTERS,
        /** Markdown emphasis or heading markers were dropped. */
        REMOVED_MARKUP,
        /** A header or source note became metadata instead of body text. */
        EXTRACTED_METADATA
    }
}
