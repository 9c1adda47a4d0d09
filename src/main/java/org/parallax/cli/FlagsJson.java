package org.parallax.cli;

import java.io.PrintStream;
import java.util.List;
import org.parallax.core.flags.SuggestedFlag;

/** Writes suggested flags as a JSON array, one object per line; absent source terms are {@code null}. */
final class FlagsJson {

    private FlagsJson() {
    }

    static void write(List<SuggestedFlag> flags, PrintStream out) {
        out.println("[");
        for (int i = 0; i < flags.size(); i++) {
            SuggestedFlag flag = flags.get(i);
            out.print("  {\"paragraph\": " + flag.paragraph()
                    + ", \"start\": " + flag.start()
                    + ", \"end\": " + flag.end()
                    + ", \"text\": " + string(flag.text())
                    + ", \"category\": " + string(flag.category().name())
                    + ", \"label\": " + string(flag.category().label())
                    + ", \"sourceTerm\": " + string(flag.sourceTerm())
                    + ", \"transliteration\": " + string(flag.transliteration())
                    + ", \"comment\": " + string(flag.comment()) + "}");
            out.println(i + 1 < flags.size() ? "," : "");
        }
        out.println("]");
    }

    /** A JSON string literal (RFC 8259, section 7), or {@code null}. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
