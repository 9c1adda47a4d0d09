package org.parallax.core.repair;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a word broken by a hyphen at a line end. Whether the hyphen was the typesetter's (drop it) or part of a
 * compound (keep it) is decided by the text itself: if the document elsewhere spells the word whole, or with the
 * hyphen, that spelling wins; otherwise a lowercase continuation means a broken word, a capital a compound
 * ("Marxist-" + "Leninist"). Not thread-safe; one per document.
 */
final class Dehyphenator {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)*");
    private static final Pattern LAST_PART = Pattern.compile("(\\p{L}+)[-\u00AD\u2010]$");
    private static final Pattern FIRST_PART = Pattern.compile("^(\\p{L}+)");

    private final String wholeText;
    private Set<String> vocabulary;

    Dehyphenator(String wholeText) {
        this.wholeText = wholeText;
    }

    /** The document's words, lowercase; built on first use, as most texts have no broken words. */
    private Set<String> vocabulary() {
        if (vocabulary == null) {
            vocabulary = new HashSet<>();
            Matcher m = WORD.matcher(wholeText);
            while (m.find()) {
                vocabulary.add(m.group().toLowerCase(Locale.ROOT).replace('\u2010', '-'));
            }
        }
        return vocabulary;
    }

    /** Whether the hyphen ending {@code left} should be dropped when {@code right} follows it. */
    boolean dropsHyphen(String left, String right) {
        Matcher l = LAST_PART.matcher(left);
        Matcher r = FIRST_PART.matcher(right);
        if (!l.find() || !r.find()) {
            return false;
        }
        String whole = (l.group(1) + r.group(1)).toLowerCase(Locale.ROOT);
        String compound = (l.group(1) + "-" + r.group(1)).toLowerCase(Locale.ROOT);
        Set<String> words = vocabulary();
        if (words.contains(compound) && !words.contains(whole)) {
            return false;
        }
        return words.contains(whole) || TextShape.startsLowercase(right);
    }

    /** {@code left} and {@code right} as one text, the hyphen kept or dropped. */
    String join(String left, String right) {
        return dropsHyphen(left, right) ? left.substring(0, left.length() - 1) + right : left + right;
    }
}
