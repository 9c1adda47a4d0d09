package org.parallax.library;

import java.util.List;
import org.parallax.core.text.Span;

/**
 * Consecutive sentences of a version, numbered as alignments number them, with the part of the body text that holds
 * them: what a feature needs of a few sentences without loading the whole version. All spans are offsets into the
 * whole body text.
 *
 * @param firstSentence the number of the first sentence (0-based, in the whole version)
 * @param sentences     the sentences {@code firstSentence, firstSentence + 1, ...}, in order
 * @param textStart     where {@code text} starts in the body text
 * @param text          the body text from {@code textStart}, covering every sentence
 */
public record VersionExcerpt(long versionId, String language, int firstSentence, List<Span> sentences, int textStart,
                             String text) {

    public VersionExcerpt {
        sentences = List.copyOf(sentences);
        if (!sentences.isEmpty() && (sentences.getFirst().start() < textStart
                || sentences.getLast().end() > textStart + text.length())) {
            throw new IllegalArgumentException("the text does not cover the sentences");
        }
    }

    /** The whole version: every sentence and the whole body text. */
    public static VersionExcerpt whole(VersionText version) {
        return new VersionExcerpt(version.summary().id(), version.metadata().language(), 0, version.sentenceSpans(), 0,
                version.body());
    }

    /** The number after the last sentence's. */
    public int endSentence() {
        return firstSentence + sentences.size();
    }

    public boolean holdsSentence(int number) {
        return firstSentence <= number && number < endSentence();
    }

    /** Body offsets of sentence {@code number} of the version, which must be one of these. */
    public Span sentence(int number) {
        if (!holdsSentence(number)) {
            throw new IndexOutOfBoundsException("sentence " + number + " is not in this excerpt");
        }
        return sentences.get(number - firstSentence);
    }

    /** Whether the span (body offsets) lies inside {@link #text()}. */
    public boolean holdsText(Span span) {
        return span.start() >= textStart && span.end() <= textStart + text.length();
    }

    /** The text of a span given in body offsets, which must lie inside {@link #text()}. */
    public String textOf(Span span) {
        if (!holdsText(span)) {
            throw new IndexOutOfBoundsException("the span " + span + " is not in this excerpt");
        }
        return text.substring(span.start() - textStart, span.end() - textStart);
    }
}
