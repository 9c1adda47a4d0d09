package org.parallax.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.parallax.review.AlignmentJobs;

/** Re-aligns every bead that is not approved, keeping approved beads as fixed anchors; cancellable. */
final class RealignDialog extends Dialog {

    private final ProgressBar progress = new ProgressBar();
    private final Paragraph message = new Paragraph(
            "Beads that are not approved are aligned again around the approved ones, which stay as they are. "
                    + "The change is recorded and can be undone.");
    private final Button start = new Button("Re-align");
    private AlignmentJobs.Job job;

    RealignDialog(long alignmentId, AlignmentJobs jobs, String actor, Runnable onDone) {
        setHeaderTitle("Re-align the unapproved rest");
        setWidth("min(36rem, 95vw)");
        progress.setVisible(false);
        add(message, progress);
        start.setId("realign-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            UI ui = UI.getCurrent();
            start.setEnabled(false);
            progress.setVisible(true);
            job = jobs.realignUnapproved(alignmentId, actor,
                    fraction -> ui.access(() -> progress.setValue(fraction)));
            job.result().whenComplete((id, failure) -> ui.access(() -> finish(failure, onDone)));
        });
        Button cancel = new Button("Cancel", click -> {
            if (job != null) {
                job.cancel();
            }
            close();
        });
        getFooter().add(cancel, start);
    }

    private void finish(Throwable failure, Runnable onDone) {
        if (failure == null) {
            close();
            onDone.run();
        } else if (!(failure instanceof CancellationException || failure.getCause() instanceof CancellationException)) {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            message.setText("Not re-aligned: " + cause.getMessage());
            progress.setVisible(false);
            start.setEnabled(true);
        }
    }
}
