package org.parallax.compare.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.parallax.compare.ComparisonRow;

/**
 * The variation overview: a thin column with one cell per row, from pale (the versions agree) to deep red (they
 * differ most); clicking a cell jumps to its row.
 */
final class HeatStrip extends Div {

    HeatStrip(List<ComparisonRow> rows, IntConsumer jumpTo) {
        setId("heat-strip");
        addClassName("px-heat-strip");
        getElement().setAttribute("title", "How much the versions differ, row by row; click to jump");
        for (ComparisonRow row : rows) {
            Div cell = new Div();
            cell.addClassName("px-heat-cell");
            cell.getStyle().set("background", color(row.variation()));
            cell.getElement().setAttribute("title", String.format(Locale.ROOT, "Row %d: %.0f%% different",
                    row.index() + 1, row.variation() * 100));
            cell.getElement().setAttribute("data-row", Integer.toString(row.index()));
            cell.addClickListener(click -> jumpTo.accept(row.index()));
            add(cell);
        }
    }

    /** From pale yellow (0) through orange to deep red (1). */
    static String color(double variation) {
        double v = Math.clamp(variation, 0, 1);
        return String.format(Locale.ROOT, "hsl(%.0f, 85%%, %.0f%%)", 50 - 50 * v, 94 - 50 * v);
    }
}
