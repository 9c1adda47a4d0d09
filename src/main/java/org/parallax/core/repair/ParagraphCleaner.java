package org.parallax.core.repair;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops what PDF extraction and markdown leave in a paragraph that is not text: ligature glyphs and soft hyphens,
 * stray symbols (a lost glyph
 * rendered as "□□", replacement characters, private-use code points, control characters) and markdown emphasis
 * or heading markers.
 */
final class ParagraphCleaner {

    private static final Pattern WHOLE_EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*\\S)?)\\1");
    private static final Pattern INLINE_STRONG = Pattern.compile("\\*\\*(\\S(?:[^*]*\\S)?)\\*\\*");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.+?)(?:\\s+#+)?");

    private ParagraphCleaner() {
    }

    static void clean(Draft draft) {
        normaliseCharacters(draft);
        removeStraySymbols(draft);
        removeMarkup(draft);
    }

    /** PDF text keeps ligature glyphs (U+FB00-FB06: "ﬁ", "ﬂ") and soft hyphens, which break search and alignment. */
    private static void normaliseCharacters(Draft draft) {
        String text = draft.text();
        StringBuilder normal = new StringBuilder(text.length());
        int ligatures = 0;
        int softHyphens = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                normal.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
                ligatures++;
            } else if (c == '\u00AD') {
                softHyphens++;
            } else {
                normal.append(c);
            }
        }
        if (ligatures + softHyphens > 0) {
            draft.replace(normal.toString(), RepairNote.Kind.NORMALISED_CHARACTERS,
                    ligatures + " ligatures spelled out, " + softHyphens + " soft hyphens removed");
        }
    }

    private static void removeStraySymbols(Draft draft) {
        String text = draft.text();
        if (text.codePoints().noneMatch(ParagraphCleaner::isStray)) {
            return;
        }
        StringBuilder kept = new StringBuilder(text.length());
        StringBuilder removed = new StringBuilder();
        for (String token : text.split(" ", -1)) {
            if (!token.isEmpty() && token.codePoints().allMatch(ParagraphCleaner::isStray)) {
                removed.append(token);
                continue;
            }
            StringBuilder clean = new StringBuilder();
            token.codePoints().forEach(c -> (isAlwaysStray(c) ? removed : clean).appendCodePoint(c));
            if (!kept.isEmpty() || !clean.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : " ").append(clean);
            }
        }
        if (!removed.isEmpty()) {
            draft.replace(kept.toString().strip(), RepairNote.Kind.REMOVED_SYMBOLS, "removed \"" + removed + "\"");
        }
    }

    /** Symbols that are noise when they stand alone: geometric shapes, box drawing, block elements. */
    private static boolean isStray(int c) {
        return (c >= 0x2500 && c <= 0x25FF) || isAlwaysStray(c);
    }

    /** Code points that are never text: replacement and object characters, private use, controls. */
    private static boolean isAlwaysStray(int c) {
        return c == 0xFFFD || c == 0xFFFC || Character.getType(c) == Character.PRIVATE_USE
                || (Character.getType(c) == Character.CONTROL && c != '\t');
    }

    private static void removeMarkup(Draft draft) {
        String text = draft.text();
        Matcher heading = HEADING.matcher(text);
        if (heading.matches()) {
            text = heading.group(1);
        }
        Matcher whole = WHOLE_EMPHASIS.matcher(text);
        if (whole.matches()) {
            text = whole.group(2);
        }
        text = INLINE_STRONG.matcher(text).replaceAll("$1");
        if (!text.equals(draft.text())) {
            draft.replace(text, RepairNote.Kind.REMOVED_MARKUP, "markdown markers removed: \""
                    + TextShape.head(draft.text(), 40) + "\"");
        }
    }
}
