package org.parallax.core.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What an aligner gets: two segment lists and what is known about them.
 *
 * @param source           source segments, never null (may be empty)
 * @param target           target segments, never null (may be empty)
 * @param sourceLanguage   ISO 639 code such as {@code "en"}, or {@code ""} when unknown
 * @param targetLanguage   ISO 639 code, or {@code ""} when unknown
 * @param lexicon          translations of source words known beforehand (a glossary), {@link Lexicon#EMPTY} if none
 * @param anchors          beads that must appear unchanged in the result (approved by an editor), in text order
 * @param sourceParagraphs index of the first segment of each source paragraph but the first, ascending, each in
 *                         {@code (0, source.size())}; empty when the text is one paragraph or its paragraphs are
 *                         unknown. The constructor sorts, drops duplicates and drops 0 and {@code source.size()}.
 * @param targetParagraphs the same for the target
 */
public record AlignmentInput(List<String> source, List<String> target, String sourceLanguage, String targetLanguage,
                             Lexicon lexicon, List<Bead> anchors, List<Integer> sourceParagraphs,
                             List<Integer> targetParagraphs) {

    public AlignmentInput {
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(lexicon, "lexicon");
        anchors = List.copyOf(anchors);
        sourceParagraphs = breaks(sourceParagraphs, source.size(), "source");
        targetParagraphs = breaks(targetParagraphs, target.size(), "target");
    }

    /** An input without paragraph structure (each text one paragraph). */
    public AlignmentInput(List<String> source, List<String> target, String sourceLanguage, String targetLanguage,
                          Lexicon lexicon, List<Bead> anchors) {
        this(source, target, sourceLanguage, targetLanguage, lexicon, anchors, List.of(), List.of());
    }

    public static AlignmentInput of(List<String> source, List<String> target) {
        return new AlignmentInput(source, target, "", "", Lexicon.EMPTY, List.of());
    }

    public AlignmentInput withLanguages(String newSourceLanguage, String newTargetLanguage) {
        return new AlignmentInput(source, target, newSourceLanguage, newTargetLanguage, lexicon, anchors,
                sourceParagraphs, targetParagraphs);
    }

    public AlignmentInput withLexicon(Lexicon newLexicon) {
        return new AlignmentInput(source, target, sourceLanguage, targetLanguage, newLexicon, anchors,
                sourceParagraphs, targetParagraphs);
    }

    public AlignmentInput withAnchors(List<Bead> newAnchors) {
        return new AlignmentInput(source, target, sourceLanguage, targetLanguage, lexicon, newAnchors,
                sourceParagraphs, targetParagraphs);
    }

    /** The same input with paragraph starts (see the record components); empty lists for no paragraph structure. */
    public AlignmentInput withParagraphs(List<Integer> newSourceParagraphs, List<Integer> newTargetParagraphs) {
        return new AlignmentInput(source, target, sourceLanguage, targetLanguage, lexicon, anchors,
                newSourceParagraphs, newTargetParagraphs);
    }

    /**
     * Paragraph starts from paragraph sizes in segments: sizes {@code [2, 0, 3]} give {@code [2]} (an empty
     * paragraph starts nothing).
     */
    public static List<Integer> paragraphStarts(List<Integer> segmentsPerParagraph) {
        List<Integer> starts = new ArrayList<>();
        int next = 0;
        for (int size : segmentsPerParagraph) {
            if (size > 0 && next > 0) {
                starts.add(next);
            }
            next += size;
        }
        return starts;
    }

    /**
     * The same input restricted to source {@code [s0, s1)} and target {@code [t0, t1)}, without anchors; the
     * paragraph starts inside the range are kept, shifted.
     */
    AlignmentInput slice(int s0, int s1, int t0, int t1) {
        return new AlignmentInput(source.subList(s0, s1), target.subList(t0, t1), sourceLanguage, targetLanguage,
                lexicon, List.of(), shift(sourceParagraphs, s0, s1), shift(targetParagraphs, t0, t1));
    }

    private static List<Integer> shift(List<Integer> starts, int from, int to) {
        return starts.stream().filter(k -> k > from && k < to).map(k -> k - from).toList();
    }

    private static List<Integer> breaks(List<Integer> starts, int size, String side) {
        TreeSet<Integer> kept = new TreeSet<>();
        for (int start : starts) {
            if (start < 0 || start > size) {
                throw new IllegalArgumentException(side + " paragraph start " + start + " outside [0, " + size + "]");
            }
            if (start > 0 && start < size) {
                kept.add(start);
            }
        }
        return List.copyOf(kept);
    }
}
