package org.parallax.core.align;

import java.util.List;

/** Aligns two segmented texts. Implementations are stateless and thread-safe. */
public interface Aligner {

    /** Aligns the input; the result always covers both segment lists in order (see {@link Alignment}). */
    Alignment align(AlignmentInput input);

    /** Aligns two segment lists with no language, lexicon or anchor information. */
    default Alignment align(List<String> source, List<String> target) {
        return align(AlignmentInput.of(source, target));
    }
}
