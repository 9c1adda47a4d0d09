package org.parallax.core.align;

/** Named aligner presets. All of them keep fixed anchors and return beads with confidences. */
public final class Aligners {

    private Aligners() {
    }

    /**
     * Gale &amp; Church (1993) as published: character lengths, c = 1, s2 = 6.8, beads 1-1, 1-0, 0-1, 2-1,
     * 1-2, 2-2 with the paper's priors. A baseline; hopeless when the languages differ much in length.
     */
    public static Aligner galeChurch() {
        return new AnchoredAligner(new LengthAligner(BeadTypes.GALE_CHURCH, false));
    }

    /** Length only, with the length ratio estimated from the pair and the extended bead set. */
    public static Aligner lengthOnly() {
        return new AnchoredAligner(new LengthAligner(BeadTypes.EXTENDED, true));
    }

    /** The standard aligner: length, lexical items and a lexicon learned from the pair ({@link EvidenceAligner}). */
    public static Aligner standard() {
        return new AnchoredAligner(new EvidenceAligner());
    }

    /**
     * The standard aligner, paragraphs first: when both texts have paragraph starts, paragraphs are aligned
     * first and segments inside sure paragraph groups ({@link ParagraphFirstAligner}); otherwise as
     * {@link #standard()}. Not the default: on the evaluation sets it measured slightly worse than
     * {@link #standard()} (docs/benchmarks.md, raw mode).
     */
    public static Aligner paragraphFirst() {
        return new AnchoredAligner(new ParagraphFirstAligner(new EvidenceAligner()));
    }
}
