package org.parallax.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.core.align.Alignment;
import org.parallax.core.align.Bead;
import org.parallax.core.export.CreationTool;
import org.parallax.core.export.ExportDocument;
import org.parallax.core.export.ExportUnit;
import org.parallax.core.export.TmxOptions;
import org.parallax.core.export.TmxWriter;

/** Output formats of {@code align}: the eval bead format, TSV with texts, JSON, or TMX. */
enum AlignmentFormat {

    /** {@code [0]:[0]}, {@code [1,2]:[3]}, {@code [4]:[]}: exactly the format of shared/eval's gold files. */
    BEADS {
        @Override
        void write(Alignment alignment, Texts texts, PrintStream out) {
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
        void write(Alignment alignment, Texts texts, PrintStream out) {
            StringBuilder text = new StringBuilder();
            for (Bead bead : alignment.beads()) {
                text.append(bead.toBeadString()).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f", bead.confidence())).append('\t')
                        .append(tsvField(joined(bead.source(), texts.source()))).append('\t')
                        .append(tsvField(joined(bead.target(), texts.target()))).append('\n');
            }
            out.print(text);
        }
    },
    /** A JSON array of {@code {"source": [...], "target": [...], "confidence": x, "sourceText": ..., "targetText": ...}}. */
    JSON {
        @Override
        void write(Alignment alignment, Texts texts, PrintStream out) {
            StringBuilder text = new StringBuilder("[\n");
            List<Bead> beads = alignment.beads();
            for (int k = 0; k < beads.size(); k++) {
                Bead bead = beads.get(k);
                text.append("  {\"source\": ").append(bead.source()).append(", \"target\": ").append(bead.target())
                        .append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.4f", bead.confidence()))
                        .append(", \"sourceText\": ").append(JsonStrings.quote(joined(bead.source(), texts.source())))
                        .append(", \"targetText\": ").append(JsonStrings.quote(joined(bead.target(), texts.target())))
                        .append(k + 1 < beads.size() ? "},\n" : "}\n");
            }
            out.print(text.append("]\n"));
        }
    },
    /** TMX 1.4b, one unit per bead, with the confidence in a {@code x-confidence} property. */
    TMX {
        @Override
        void write(Alignment alignment, Texts texts, PrintStream out) throws IOException {
            List<ExportUnit> units = new ArrayList<>();
            List<Bead> beads = alignment.beads();
            for (int k = 0; k < beads.size(); k++) {
                Bead bead = beads.get(k);
                units.add(new ExportUnit(k, joined(bead.source(), texts.source()), joined(bead.target(), texts.target()),
                        "auto", bead.confidence(), List.of()));
            }
            ExportDocument document = new ExportDocument(tagOrUnknown(texts.sourceLanguage()),
                    tagOrUnknown(texts.targetLanguage()), "source", "target", units, CreationTool.parallax("0.1"));
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TmxWriter.write(document, TmxOptions.allBeadsWithStatus(), writer);
        }
    };

    abstract void write(Alignment alignment, Texts texts, PrintStream out) throws IOException;

    /** The segments both sides were aligned as, and their languages ("" when not given). */
    record Texts(List<String> source, List<String> target, String sourceLanguage, String targetLanguage) {
    }

    static AlignmentFormat named(String name) {
        for (AlignmentFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new UsageException("unknown format " + name + " (beads, tsv, json or tmx)");
    }

    private static String joined(List<Integer> indices, List<String> segments) {
        StringBuilder text = new StringBuilder();
        for (int index : indices) {
            text.append(text.isEmpty() ? "" : " ").append(segments.get(index));
        }
        return text.toString();
    }

    /** TMX needs a language on each side: "und" (undetermined, BCP 47) when none was given. */
    private static String tagOrUnknown(String language) {
        return language.isEmpty() ? "und" : language;
    }

    private static String tsvField(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
