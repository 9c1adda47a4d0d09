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
                    + ", \"text\": " + JsonStrings.quote(flag.text())
                    + ", \"category\": " + JsonStrings.quote(flag.category().name())
                    + ", \"label\": " + JsonStrings.quote(flag.category().label())
                    + ", \"sourceTerm\": " + JsonStrings.quote(flag.sourceTerm())
                    + ", \"transliteration\": " + JsonStrings.quote(flag.transliteration())
                    + ", \"comment\": " + JsonStrings.quote(flag.comment()) + "}");
            out.println(i + 1 < flags.size() ? "," : "");
        }
        out.println("]");
    }
}
