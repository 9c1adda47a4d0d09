package org.parallax.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchHit.AlignedText;

/** One hit: where it is, the keyword in context, and below it the aligned sentences of the other versions. */
final class ConcordanceLine extends Div {

    ConcordanceLine(SearchHit hit) {
        addClassName("px-hit");
        Span where = new Span(hit.workTitle() + " · " + hit.versionTitle() + " (" + hit.language() + ") · sentence "
                + (hit.sentence() + 1));
        where.addClassName("px-hit-meta");
        Div kwic = new Div(part(hit.left(), "px-kwic-left"), part(hit.match(), "px-kwic-match"),
                part(hit.right(), "px-kwic-right"));
        kwic.addClassNames("px-kwic", "px-side");
        kwic.getElement().setAttribute("lang", hit.language());
        add(where, kwic);
        for (AlignedText aligned : hit.aligned()) {
            Span version = new Span(aligned.versionTitle() + " (" + aligned.language() + ", " + aligned.status() + "): ");
            version.addClassName("px-hit-meta");
            Span text = new Span(aligned.text().isEmpty() ? "—" : aligned.text());
            text.addClassName("px-side");
            text.getElement().setAttribute("lang", aligned.language());
            Div line = new Div(version, text);
            line.addClassName("px-aligned");
            add(line);
        }
    }

    private static Span part(String text, String cssClass) {
        Span span = new Span(text);
        span.addClassName(cssClass);
        return span;
    }
}
