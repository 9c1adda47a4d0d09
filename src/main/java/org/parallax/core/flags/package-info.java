/**
 * Translation-choice flags: spans of a translation tied to the source terms they render (issue 5).
 *
 * <p>{@link org.parallax.core.flags.FlagSuggester} proposes flags from the translation's own brackets;
 * {@link org.parallax.core.flags.ReverseTransliterator} recovers the Cyrillic of a kept term and
 * {@link org.parallax.core.flags.StemMatcher} finds a source term, inflected, in the aligned source sentence.
 * Offsets are {@code char} offsets into one paragraph. Plain Java (OpenNLP only); no Spring, no Vaadin.
 */
package org.parallax.core.flags;
