package org.parallax.lexicon;

/**
 * A stored learned word pair.
 *
 * @param score t(target | source) under IBM Model 1
 * @param count approved sentence pairs holding both words
 */
public record LearnedEntry(String sourceWord, String targetWord, double score, int count) {
}
