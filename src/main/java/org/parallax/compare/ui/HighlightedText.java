package org.parallax.compare.ui;

import com.vaadin.flow.component.html.Span;
import org.parallax.compare.ComparisonCell;
import org.parallax.compare.ComparisonCell.Highlight;

/** A cell's text with its differing words wrapped in spans that carry a CSS class per kind of difference. */
final class HighlightedText {

    private HighlightedText() {
    }

    static Span of(ComparisonCell cell, String language) {
        Span shown = new Span();
        shown.getElement().setAttribute("lang", language);
        if (cell.isGap()) {
            shown.setText("—");
            shown.addClassName("px-empty-side");
            shown.getElement().setAttribute("title", "nothing in this version here");
            return shown;
        }
        shown.addClassName("px-side");
        String text = cell.text();
        int at = 0;
        for (Highlight highlight : cell.highlights()) {
            if (highlight.span().start() < at) {
                continue;
            }
            if (highlight.span().start() > at) {
                shown.add(plain(text.substring(at, highlight.span().start())));
            }
            Span marked = new Span(highlight.span().of(text));
            marked.addClassName(cssClass(highlight));
            marked.getElement().setAttribute("title", label(highlight));
            shown.add(marked);
            at = highlight.span().end();
        }
        if (at < text.length()) {
            shown.add(plain(text.substring(at)));
        }
        return shown;
    }

    private static Span plain(String text) {
        return new Span(text);
    }

    private static String cssClass(Highlight highlight) {
        return switch (highlight.kind()) {
            case CHANGE -> "px-diff-change";
            case INSERT, DELETE -> "px-diff-only";
            case MOVED -> "px-diff-moved";
            case EQUAL -> "px-diff-equal";
        };
    }

    private static String label(Highlight highlight) {
        return switch (highlight.kind()) {
            case CHANGE -> "worded differently in the other version";
            case INSERT, DELETE -> "only in this version";
            case MOVED -> "in another place in the other version";
            case EQUAL -> "same";
        };
    }
}
