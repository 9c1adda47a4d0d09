package org.parallax.core.align;

/**
 * One piece of checkable content of a segment: a number, a punctuation mark, or a word. Two items on
 * opposite sides match when they share an identity key (same number, same mark, same first four letters
 * after transliteration: Simard, Foster &amp; Isabelle 1992 "cognates") or when the lexicon lists the target
 * word as a translation of the source word.
 *
 * @param kind        what the item is; its match rate is estimated separately per kind
 * @param identityKey key that matches itself on the other side, or null (short words)
 * @param word        the normalized word for lexicon look-up, or null for numbers and marks
 */
record Item(Kind kind, String identityKey, String word) {

    enum Kind { NUMBER, PUNCTUATION, RARE_WORD, COMMON_WORD }
}
