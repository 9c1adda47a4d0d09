package org.parallax.core.repair;

/**
 * Approximate printed width of text in a proportional serif font, in em.
 * Character counts are a poor ruler for lines set in such a font ("illicit" is half as wide as "MOWWOM");
 * these advance widths, those of the standard Times-Roman font (Adobe's core-14 font metrics), make the
 * widths of full lines cluster within a few percent, which is what the reflow decision needs.
 */
final class GlyphWidths {

    /** Advance widths in 1/1000 em of the printable ASCII characters, from ' ' (32) to '~' (126). */
    private static final short[] ASCII = {
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};

    private GlyphWidths() {
    }

    static double of(CharSequence text) {
        double millis = 0;
        for (int i = 0; i < text.length(); i++) {
            millis += of(text.charAt(i));
        }
        return millis / 1000;
    }

    private static int of(char c) {
        if (c >= 32 && c <= 126) {
            return ASCII[c - 32];
        }
        return switch (c) {
            case '\u2014' -> 1000;                      // em dash
            case '\u2013', '\u2026' -> 500;             // en dash; ellipsis is narrower than three dots
            case '\u2018', '\u2019' -> 333;
            case '\u201C', '\u201D', '\u00AB', '\u00BB' -> 444;
            case '\u00A0' -> 250;
            default -> otherScript(c);
        };
    }

    private static int otherScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')) {
            return 1000;                                // CJK is set on a square em grid
        }
        if (script == Character.UnicodeScript.LATIN) {
            char base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
            if (base < 127) {
                return of(base);                        // é is as wide as e
            }
        }
        if (Character.isLetter(c)) {
            return Character.isUpperCase(c) ? 700 : 480; // Cyrillic, Greek, accented Latin: Latin-like averages
        }
        return 500;
    }
}
