package org.parallax.compare;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.core.compare.CsvWriter;
import org.parallax.core.compare.TeiWriter;
import org.parallax.core.compare.Witness;
import org.parallax.library.VersionSummary;

/** A comparison as a file: TEI P5 parallel segmentation or CSV (one line per row, one column per version). */
public final class ComparisonExport {

    private ComparisonExport() {
    }

    public static String tei(Comparison comparison) {
        List<Witness> witnesses = comparison.versions().stream()
                .map(v -> new Witness(v.slug(), v.title() + " (" + v.language() + ")")).toList();
        StringWriter out = new StringWriter();
        new TeiWriter().write(comparison.workTitle(), witnesses, readings(comparison), out);
        return out.toString();
    }

    public static String csv(Comparison comparison) {
        List<String> header = new ArrayList<>(List.of("row", "variation"));
        comparison.versions().forEach(v -> header.add(v.slug()));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> readings = readings(comparison);
        for (ComparisonRow row : comparison.rows()) {
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(row.index() + 1));
            line.add(String.format(Locale.ROOT, "%.3f", row.variation()));
            line.addAll(readings.get(row.index()));
            rows.add(line);
        }
        StringWriter out = new StringWriter();
        new CsvWriter().write(header, rows, out);
        return out.toString();
    }

    /** A file name such as {@code jonah-kjv-web-derived-rv1909.xml}. */
    public static String fileName(Comparison comparison, String extension) {
        return comparison.workSlug() + "-" + String.join("-", comparison.versions().stream()
                .map(VersionSummary::slug).toList()) + "." + extension;
    }

    private static List<List<String>> readings(Comparison comparison) {
        return comparison.rows().stream().map(r -> r.cells().stream().map(ComparisonCell::text).toList()).toList();
    }
}
