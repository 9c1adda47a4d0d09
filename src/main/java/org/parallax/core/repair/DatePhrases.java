package org.parallax.core.repair;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes a line that is nothing but a date, as archive headers print them ("November 11, 1962 (Sunday)"). */
final class DatePhrases {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:" + WEEKDAY + ",\\s*)?"
            + "(" + MONTH + "\\s+\\d{1,2},\\s*\\d{4}|\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "\\s*(?:\\(\\s*" + WEEKDAY + "\\s*\\))?\\.?");

    private DatePhrases() {
    }

    /** The date, without weekday, if the whole of {@code line} is a date. */
    static Optional<String> dateOf(String line) {
        Matcher m = DATE_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).replaceAll("\\s+", " ")) : Optional.empty();
    }
}
