package org.parallax.compare.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Locale;
import org.parallax.compare.Comparison;
import org.parallax.compare.ComparisonRow;
import org.parallax.library.VersionSummary;

/** One column per version, one row per group of whole beads; the grid scrolls all versions together. */
final class ComparisonGrid extends Grid<ComparisonRow> {

    ComparisonGrid(Comparison comparison) {
        setId("comparison");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(row -> row.index() + 1).setHeader("#").setWidth("4rem").setFlexGrow(0);
        for (int v = 0; v < comparison.versions().size(); v++) {
            int version = v;
            VersionSummary summary = comparison.versions().get(v);
            String header = summary.title() + " (" + summary.language() + ")" + (v == 0 ? " · pivot" : "");
            addColumn(new ComponentRenderer<>(row -> HighlightedText.of(row.cells().get(version), summary.language())))
                    .setHeader(header).setFlexGrow(1).setKey(summary.slug());
        }
        addColumn(new ComponentRenderer<>(ComparisonGrid::variation)).setHeader("Diff.").setWidth("5rem")
                .setFlexGrow(0);
        setItems(comparison.rows());
    }

    private static Span variation(ComparisonRow row) {
        Span badge = new Span(String.format(Locale.ROOT, "%.0f%%", row.variation() * 100));
        badge.addClassName("px-variation");
        badge.getStyle().set("background", HeatStrip.color(row.variation()));
        return badge;
    }
}
