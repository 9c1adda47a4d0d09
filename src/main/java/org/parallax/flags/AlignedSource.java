package org.parallax.flags;

import java.util.List;
import java.util.Optional;
import org.parallax.core.review.BeadRange;
import org.parallax.core.text.Span;
import org.parallax.library.VersionExcerpt;
import org.parallax.library.VersionText;

/**
 * An alignment seen from its target version's flags: for a flag, the bead holding its sentence and, in that bead's
 * source sentences, the span its source term renders. Built once for many flags, over the whole alignment or over a
 * region of it: then only the region's sentences and beads are known, and a flag outside them has no bead.
 */
final class AlignedSource {

    private final SourceTermLinks terms = new SourceTermLinks();
    private final VersionExcerpt source;
    private final VersionExcerpt target;
    private final BeadRange[] beadOfTargetSentence;

    /**
     * @param source the source sentences of every bead given
     * @param target the target sentences whose beads are wanted
     * @param beads  beads of the alignment; those of target sentences outside {@code target} are left out
     */
    AlignedSource(VersionExcerpt source, VersionExcerpt target, List<BeadRange> beads) {
        this.source = source;
        this.target = target;
        this.beadOfTargetSentence = new BeadRange[target.sentences().size()];
        for (BeadRange bead : beads) {
            for (int t = bead.targetStart(); t < bead.targetEnd(); t++) {
                if (target.holdsSentence(t)) {
                    beadOfTargetSentence[t - target.firstSentence()] = bead;
                }
            }
        }
    }

    long sourceVersionId() {
        return source.versionId();
    }

    long targetVersionId() {
        return target.versionId();
    }

    /** A link to a source span found from the source term. */
    SourceLink found(Span span) {
        return new SourceLink(sourceVersionId(), span, source.textOf(span), SourceLink.ALIGNER);
    }

    /** A link to a source span a person chose; checked to lie in the source text. */
    SourceLink chosen(Span span, String person) {
        return new SourceLink(sourceVersionId(), checkedSourceSpan(span), source.textOf(span), person);
    }

    /** Body offsets in the source of the first stem match of the flag's source term in its bead; empty if none. */
    Optional<Span> locate(Flag flag) {
        int sentence = targetSentenceOf(flag);
        if (sentence < 0 || flag.sourceTerm() == null) {
            return Optional.empty();
        }
        return locateInBead(beadOfTargetSentence[sentence - target.firstSentence()], flag.sourceTerm());
    }

    /** Whether the flag starts in one of the target sentences {@code [from, to)}, numbered as the beads number them. */
    boolean startsInTargetSentences(Flag flag, int from, int to) {
        int sentence = targetSentenceOf(flag);
        return from <= sentence && sentence < to;
    }

    /**
     * The number of the target sentence the flag starts in, or -1 if it is not in this alignment's target sentences.
     * Sentences are in text order and do not overlap, so a binary search finds it (re-aligning asks this for every
     * flag).
     */
    private int targetSentenceOf(Flag flag) {
        if (flag.versionId() != target.versionId()) {
            return -1;
        }
        int offset = flag.span().start();
        List<Span> sentences = target.sentences();
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span sentence = sentences.get(middle);
            if (offset < sentence.start()) {
                high = middle - 1;
            } else if (offset >= sentence.end()) {
                low = middle + 1;
            } else {
                return target.firstSentence() + middle;
            }
        }
        return -1;
    }

    private Optional<Span> locateInBead(BeadRange bead, String term) {
        if (bead == null) {
            return Optional.empty();
        }
        for (int s = bead.sourceStart(); s < bead.sourceEnd(); s++) {
            Span sentence = source.sentence(s);
            Optional<Span> found = terms.locate(source.language(), source.textOf(sentence), term);
            if (found.isPresent()) {
                return Optional.of(found.get().shift(sentence.start()));
            }
        }
        return Optional.empty();
    }

    /** A span of the source's body text, checked to be non-empty and inside it (inside the part known here). */
    Span checkedSourceSpan(Span span) {
        return checked(span, source.holdsText(span));
    }

    static Span checked(VersionText version, Span span) {
        return checked(span, span.end() <= version.body().length());
    }

    private static Span checked(Span span, boolean insideText) {
        if (span.length() == 0 || !insideText) {
            throw new IllegalArgumentException("the source span is empty or outside the source text");
        }
        return span;
    }
}
