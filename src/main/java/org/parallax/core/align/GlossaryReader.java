package org.parallax.core.align;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.ingest.TextInput;
import org.parallax.core.ingest.UnreadableTextException;

/**
 * Reads an uploaded glossary in the format of the command line's {@code --dictionary}: UTF-8 text, one
 * {@code source<TAB>target} pair per line (the FreeDict lists in shared/eval/dict have it). Blank lines and lines
 * starting with {@code #} are skipped. Anything else is refused as a whole, with the line it failed on, so a
 * glossary is either read completely or not at all.
 */
public final class GlossaryReader {

    /** Most entries one glossary may hold; the largest FreeDict list here has about 500k lines. */
    public static final int MAX_ENTRIES = 500_000;
    /** Longest side of an entry, in characters. */
    public static final int MAX_TEXT = 200;

    private GlossaryReader() {
    }

    /**
     * @throws IllegalArgumentException with a message for the user if the bytes are not such a glossary (empty,
     *                                  binary, not UTF-8, over {@link TextInput#MAX_BYTES}, a line without a tab or
     *                                  with an empty side, a side over {@link #MAX_TEXT} characters, too many entries)
     */
    public static List<GlossaryEntry> read(byte[] bytes) {
        String text;
        try {
            text = TextInput.decode(bytes, null);
        } catch (UnreadableTextException e) {
            throw new IllegalArgumentException(e.getMessage().replace("The text", "The glossary"), e);
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(at(number, "no tab; every line must be source<TAB>translation"));
            }
            String source = line.substring(0, tab).strip();
            String target = line.substring(tab + 1).strip();
            if (source.isEmpty() || target.isEmpty()) {
                throw new IllegalArgumentException(at(number, "the " + (source.isEmpty() ? "source" : "translation")
                        + " is empty"));
            }
            if (source.length() > MAX_TEXT || target.length() > MAX_TEXT) {
                throw new IllegalArgumentException(at(number, "an entry longer than " + MAX_TEXT + " characters"));
            }
            if (entries.size() == MAX_ENTRIES) {
                throw new IllegalArgumentException("The glossary has more than " + MAX_ENTRIES + " entries.");
            }
            entries.add(new GlossaryEntry(source, target));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("The glossary has no entries (expected source<TAB>translation lines).");
        }
        return entries;
    }

    private static String at(int line, String problem) {
        return "Glossary line " + line + ": " + problem + ".";
    }
}
