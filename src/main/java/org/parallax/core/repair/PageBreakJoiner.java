package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a paragraph that a page break cut in mid-sentence with its continuation ("...on the issue of American" /
 * "flights over Cuba."). Clean texts have paragraphs that legitimately end without punctuation and continue in
 * lowercase (the UDHR's "...всеобщего мира; и" / "принимая во внимание", "verkündet die Generalversammlung" /
 * "diese Allgemeine Erklärung"), so a join needs all of: the first part ends in a word, with at least
 * {@value #MIN_OPEN_WORDS} words since its last punctuation mark, and is at least {@value #MIN_CHARS} characters
 * long; the second part begins with a lowercase letter.
 */
final class PageBreakJoiner {

    static final int MIN_CHARS = 50;
    static final int MIN_OPEN_WORDS = 3;
    private static final Pattern ENDS_IN_WORD = Pattern.compile(".*[\\p{L}\\p{N}][-\u00AD\u2010]?");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}&&[^'’\\-\u2010]]");

    private PageBreakJoiner() {
    }

    static List<Draft> join(List<Draft> paragraphs, Dehyphenator dehyphenator) {
        List<Draft> joined = new ArrayList<>();
        for (Draft next : paragraphs) {
            Draft previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && cutByPageBreak(previous.text(), next.text())) {
                String left = previous.text();
                String detail = "\"" + TextShape.tail(left, 30) + "\" + \"" + TextShape.head(next.text(), 30) + "\"";
                if (TextShape.endsWithWordHyphen(left)) {
                    String whole = dehyphenator.join(left, next.text());
                    previous.absorb(next, "", RepairNote.Kind.JOINED_PAGE_BREAK, detail);
                    previous.replace(whole, RepairNote.Kind.DEHYPHENATED, detail);
                } else {
                    previous.absorb(next, " ", RepairNote.Kind.JOINED_PAGE_BREAK, detail);
                }
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    static boolean cutByPageBreak(String previous, String next) {
        if (previous.length() < MIN_CHARS || !TextShape.startsLowercase(next)
                || !ENDS_IN_WORD.matcher(previous).matches()) {
            return false;
        }
        String[] parts = PUNCTUATION.split(previous);
        String openTail = parts.length == 0 ? previous : parts[parts.length - 1];
        return openTail.strip().split("\\s+").length >= MIN_OPEN_WORDS;
    }
}
