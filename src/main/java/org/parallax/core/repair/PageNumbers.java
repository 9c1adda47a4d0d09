package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drops lines that hold nothing but a page number ("12", "- 12 -", "Page 12", "12 / 40"). */
final class PageNumbers {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—]?\\s*(?:page\\s+|p\\.\\s*)?(\\d{1,4})(?:\\s*(?:/|of)\\s*\\d{1,4})?\\s*[-–—]?");

    private PageNumbers() {
    }

    /**
     * The lines with page-number lines blanked; a note per dropped line goes to {@code notes}.
     *
     * @param firstLine the line number (1-based) of {@code lines.get(0)} in the file, for the notes
     */
    static List<String> remove(List<String> lines, int firstLine, List<RepairNote> notes) {
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isPageNumber(line)) {
                notes.add(new RepairNote(RepairNote.Kind.REMOVED_PAGE_NUMBER, RepairNote.WHOLE_DOCUMENT,
                        "line " + (firstLine + i) + ": \"" + line.strip() + "\""));
                kept.add("");
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    static boolean isPageNumber(String line) {
        Matcher m = PAGE_NUMBER.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        // A four-digit number alone on a line is more likely a year heading than a page.
        int number = Integer.parseInt(m.group(1));
        return !(m.group(1).length() == 4 && number >= 1000 && number <= 2100 && m.group().strip().equals(m.group(1)));
    }
}
