package org.parallax.core.align;

import java.util.List;

/** The bead shapes an aligner may use, with their priors: data, not code. */
public final class BeadTypes {

    private BeadTypes() {
    }

    /**
     * The six shapes and priors of Gale &amp; Church (1993): 1-1 .89, 1-0 and 0-1 .0099, 2-1 and 1-2 .089, 2-2 .011.
     * Order matters only for ties (the published program's order).
     */
    public static final List<BeadType> GALE_CHURCH = List.of(
            new BeadType(1, 1, 0.89),
            new BeadType(1, 0, 0.0099),
            new BeadType(0, 1, 0.0099),
            new BeadType(2, 1, 0.089),
            new BeadType(1, 2, 0.089),
            new BeadType(2, 2, 0.011));

    /**
     * The classic six plus 3-1, 1-3, 3-2, 2-3, 4-1, 1-4 (x + y &le; 5), with small priors for the new shapes.
     * The new priors are round guesses in the same spirit as Gale &amp; Church's (rarer as the bead grows),
     * not fitted to any evaluation set.
     */
    public static final List<BeadType> EXTENDED = List.of(
            new BeadType(1, 1, 0.89),
            new BeadType(1, 0, 0.0099),
            new BeadType(0, 1, 0.0099),
            new BeadType(2, 1, 0.089),
            new BeadType(1, 2, 0.089),
            new BeadType(2, 2, 0.011),
            new BeadType(3, 1, 0.01),
            new BeadType(1, 3, 0.01),
            new BeadType(3, 2, 0.003),
            new BeadType(2, 3, 0.003),
            new BeadType(4, 1, 0.002),
            new BeadType(1, 4, 0.002));
}
