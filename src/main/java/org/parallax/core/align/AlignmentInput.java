package org.parallax.core.align;

import java.util.List;
import java.util.Objects;

/**
 * What an aligner gets: two segment lists and what is known about them.
 *
 * @param source         source segments, never null (may be empty)
 * @param target         target segments, never null (may be empty)
 * @param sourceLanguage ISO 639 code such as {@code "en"}, or {@code ""} when unknown
 * @param targetLanguage ISO 639 code, or {@code ""} when unknown
 * @param lexicon        translations of source words known beforehand (a glossary), {@link Lexicon#EMPTY} if none
 * @param anchors        beads that must appear unchanged in the result (approved by an editor), in text order
 */
public record AlignmentInput(List<String> source, List<String> target, String sourceLanguage, String targetLanguage,
                             Lexicon lexicon, List<Bead> anchors) {

    public AlignmentInput {
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(lexicon, "lexicon");
        anchors = List.copyOf(anchors);
    }

    public static AlignmentInput of(List<String> source, List<String> target) {
        return new AlignmentInput(source, target, "", "", Lexicon.EMPTY, List.of());
    }

    public AlignmentInput withLanguages(String newSourceLanguage, String newTargetLanguage) {
        return new AlignmentInput(source, target, newSourceLanguage, newTargetLanguage, lexicon, anchors);
    }

    public AlignmentInput withLexicon(Lexicon newLexicon) {
        return new AlignmentInput(source, target, sourceLanguage, targetLanguage, newLexicon, anchors);
    }

    public AlignmentInput withAnchors(List<Bead> newAnchors) {
        return new AlignmentInput(source, target, sourceLanguage, targetLanguage, lexicon, newAnchors);
    }

    /** The same input restricted to source {@code [s0, s1)} and target {@code [t0, t1)}, without anchors. */
    AlignmentInput slice(int s0, int s1, int t0, int t1) {
        return new AlignmentInput(source.subList(s0, s1), target.subList(t0, t1), sourceLanguage, targetLanguage,
                lexicon, List.of());
    }
}
