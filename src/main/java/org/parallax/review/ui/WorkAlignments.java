package org.parallax.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.parallax.library.VersionSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.ReviewService;

/** A work's alignments (with review progress) and the button to align two of its versions. */
public class WorkAlignments extends Div {

    public WorkAlignments(long workId, List<VersionSummary> versions, ReviewService review, AlignmentJobs jobs,
                          String actor) {
        addClassName("px-work-alignments");
        for (AlignmentSummary alignment : review.alignmentsOfWork(workId)) {
            Anchor link = new Anchor("alignments/" + alignment.id(),
                    alignment.sourceTitle() + " ↔ " + alignment.targetTitle());
            Span progress = new Span(String.format(" %.0f%% approved, %d beads", alignment.progress() * 100,
                    alignment.beads()));
            progress.addClassName("px-subtle");
            add(new Div(link, progress));
        }
        if (versions.size() >= 2) {
            Button align = new Button("Align two versions…",
                    click -> new StartAlignmentDialog(versions, jobs, actor, id -> AlignmentView.open(UI.getCurrent(), id)).open());
            align.addThemeVariants(ButtonVariant.LUMO_SMALL);
            align.addClassName("px-align-button");
            add(align);
        }
    }
}
