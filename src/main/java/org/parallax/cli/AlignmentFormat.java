package org.parallax.cli;

import org.parallax.core.align.Alignment;
import org.parallax.core.align.Bead;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Output formats of {@code align}: the eval bead format, TSV with texts, or JSON. */
enum AlignmentFormat {

    /** {@code [0]:[0]}, {@code [1,2]:[3]}, {@code [4]:[]}: exactly the format of shared/eval's gold files. */
    BEADS {
        @Override
        void write(Alignment alignment, List<String> source, List<String> target, PrintStream out) {
            StringBuilder text = new StringBuilder();
            for (Bead bead : alignment.beads()) {
                text.append(bead.toBeadString()).append('\n');
            }
            out.print(text);
        }
    },
    /** {@code beads<TAB>confidence<TAB>source text<TAB>target text}, segments of a side joined by a space. */
    TSV {
        @Override
        void write(Alignment alignment, List<String> source, List<String> target, PrintStream out) {
            StringBuilder text = new StringBuilder();
            for (Bead bead : alignment.beads()) {
                text.append(bead.toBeadString()).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f", bead.confidence())).append('\t')
                        .append(tsvField(joined(bead.source(), source))).append('\t')
                        .append(tsvField(joined(bead.target(), target))).append('\n');
            }
            out.print(text);
        }
    },
    /** A JSON array of {@code {"source": [...], "target": [...], "confidence": x, "sourceText": ..., "targetText": ...}}. */
    JSON {
        @Override
        void write(Alignment alignment, List<String> source, List<String> target, PrintStream out) {
            StringBuilder text = new StringBuilder("[\n");
            List<Bead> beads = alignment.beads();
            for (int k = 0; k < beads.size(); k++) {
                Bead bead = beads.get(k);
                text.append("  {\"source\": ").append(bead.source()).append(", \"target\": ").append(bead.target())
                        .append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.4f", bead.confidence()))
                        .append(", \"sourceText\": ").append(jsonString(joined(bead.source(), source)))
                        .append(", \"targetText\": ").append(jsonString(joined(bead.target(), target)))
                        .append(k + 1 < beads.size() ? "},\n" : "}\n");
            }
            out.print(text.append("]\n"));
        }
    };

    abstract void write(Alignment alignment, List<String> source, List<String> target, PrintStream out);

    static AlignmentFormat named(String name) {
        for (AlignmentFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new UsageException("unknown format " + name + " (beads, tsv or json)");
    }

    private static String joined(List<Integer> indices, List<String> segments) {
        StringBuilder text = new StringBuilder();
        for (int index : indices) {
            text.append(text.isEmpty() ? "" : " ").append(segments.get(index));
        }
        return text.toString();
    }

    private static String tsvField(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
