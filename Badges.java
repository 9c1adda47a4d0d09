package org.parallax.review.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.parallax.core.review.BeadStatus;

/** Small colored labels for a bead's status and confidence. */
final class Badges {

    private Badges() {
    }

    static Span status(BeadStatus status) {
        Span badge = new Span(status.name().toLowerCase(Locale.ROOT));
        badge.addClassNames("px-badge", "px-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** Confidence as a percentage, colored red below 0.5, amber below 0.9, green above. */
    static Span confidence(double confidence) {
        Span badge = new Span(Math.round(confidence * 100) + "%");
        String level = confidence < 0.5 ? "low" : confidence < 0.9 ? "mid" : "high";
        badge.addClassNames("px-badge", "px-confidence-" + level);
        badge.getElement().setAttribute("title", "confidence " + String.format(Locale.ROOT, "%.3f", confidence));
        return badge;
    }
}
