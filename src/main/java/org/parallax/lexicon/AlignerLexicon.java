package org.parallax.lexicon;

import java.util.Locale;
import org.parallax.core.align.Lexicon;

/**
 * The lexicon an alignment of one language pair gets: the glossaries of the pair (either direction) and the
 * pairs learned from approved beads, united.
 */
public record AlignerLexicon(Lexicon lexicon, int glossaries, int glossaryEntries, int learnedEntries) {

    public static final AlignerLexicon NONE = new AlignerLexicon(Lexicon.EMPTY, 0, 0, 0);

    public boolean isEmpty() {
        return glossaryEntries == 0 && learnedEntries == 0;
    }

    /** For the record of how an alignment was made, e.g. "lexicon: 1 glossary (2,124 entries), 409 learned". */
    public String describe() {
        return String.format(Locale.ROOT, "lexicon: %d glossar%s (%,d entries), %,d learned", glossaries,
                glossaries == 1 ? "y" : "ies", glossaryEntries, learnedEntries);
    }
}
