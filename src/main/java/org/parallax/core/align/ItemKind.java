package org.parallax.core.align;

/**
 * What a lexical item of a segment is. Match rates are estimated per kind, so frequent words, which match by
 * chance, do not dilute the evidence of rare words, numbers and marks.
 */
enum ItemKind {
    NUMBER, PUNCTUATION, RARE_WORD, COMMON_WORD
}
