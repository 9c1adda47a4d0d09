package org.parallax.flags;

import java.util.List;
import org.parallax.core.text.Span;

/**
 * A version's sentences as spans into its body text, numbered as alignments number them, with the version's flags,
 * so an editor showing one sentence at a time can highlight flags and turn a selection into body offsets.
 */
public record SentenceFlags(long versionId, String body, List<Span> sentences, List<Flag> flags) {

    public SentenceFlags {
        sentences = List.copyOf(sentences);
        flags = List.copyOf(flags);
    }

    /** The flags overlapping a sentence, in body order. */
    public List<Flag> in(int sentence) {
        Span span = sentences.get(sentence);
        return flags.stream().filter(f -> f.span().start() < span.end() && f.span().end() > span.start()).toList();
    }

    /**
     * Body offsets of a selection made inside one sentence.
     *
     * @throws IllegalArgumentException if the selection is empty or leaves the sentence
     */
    public Span bodySpan(int sentence, Span inSentence) {
        if (sentence < 0 || sentence >= sentences.size()) {
            throw new IllegalArgumentException("there is no sentence #" + (sentence + 1));
        }
        Span span = sentences.get(sentence);
        if (inSentence.length() == 0 || inSentence.end() > span.length()) {
            throw new IllegalArgumentException("the selection is empty or leaves the sentence");
        }
        return inSentence.shift(span.start());
    }
}
