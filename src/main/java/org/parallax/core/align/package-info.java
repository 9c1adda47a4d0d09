/**
 * Sentence alignment of a text and its translation: plain Java (ICU4J only), no Spring or Vaadin.
 *
 * <p>Vocabulary: an {@link org.parallax.core.align.Alignment} is a list of
 * {@link org.parallax.core.align.Bead}s (source indices, target indices, confidence) that covers both segment
 * lists in order; an {@link org.parallax.core.align.Aligner} produces one from an
 * {@link org.parallax.core.align.AlignmentInput}; presets are in {@link org.parallax.core.align.Aligners}.
 * Costs are {@code -ln p} in nats, lower is better ({@link org.parallax.core.align.BeadCost}).
 *
 * <p>The standard aligner ({@code EvidenceAligner}) combines Gale &amp; Church (1993) length evidence, lexical
 * items (numbers, marks, cognates after ICU transliteration, a glossary) with match rates estimated on the
 * document pair, and an IBM Model 1 lexicon learned from a first pass (Moore 2002), searched by dynamic
 * programming in a band found coarse-to-fine (Thompson &amp; Koehn 2019, Vecalign), so time and memory are linear.
 */
package org.parallax.core.align;
