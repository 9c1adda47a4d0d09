package org.parallax.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionSummary;
import org.parallax.review.AlignmentJobs;

/** Pick a source and a target version, align them in the background with a progress bar; cancellable. */
final class StartAlignmentDialog extends Dialog {

    private final Select<VersionSummary> source = new Select<>();
    private final Select<VersionSummary> target = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span message = new Span();
    private final Button start = new Button("Align");
    private final Button cancel = new Button("Cancel");
    private AlignmentJobs.Job job;

    StartAlignmentDialog(List<VersionSummary> versions, AlignmentJobs jobs, String actor, LongConsumer onAligned) {
        setHeaderTitle("Align two versions");
        setWidth("min(40rem, 95vw)");
        source.setLabel("Source (or pivot)");
        target.setLabel("Target");
        source.setItems(versions);
        target.setItems(versions);
        source.setItemLabelGenerator(v -> v.title() + " (" + v.language() + ")");
        target.setItemLabelGenerator(v -> v.title() + " (" + v.language() + ")");
        source.setId("align-source");
        target.setId("align-target");
        VersionSummary first = versions.stream().filter(v -> v.role() == VersionRole.SOURCE).findFirst()
                .orElse(versions.getFirst());
        source.setValue(first);
        target.setValue(versions.stream().filter(v -> v.id() != first.id()).findFirst().orElse(null));
        source.setWidthFull();
        target.setWidthFull();
        progress.setVisible(false);
        progress.setId("align-progress");
        add(source, target, progress, message);
        start.setId("align-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start(jobs, actor, onAligned));
        cancel.addClickListener(click -> {
            if (job != null) {
                job.cancel();
            }
            close();
        });
        getFooter().add(cancel, start);
    }

    private void start(AlignmentJobs jobs, String actor, LongConsumer onAligned) {
        if (source.getValue() == null || target.getValue() == null || source.getValue().equals(target.getValue())) {
            message.setText("Choose two different versions.");
            return;
        }
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        progress.setVisible(true);
        message.setText("Aligning…");
        job = jobs.align(source.getValue().id(), target.getValue().id(), actor,
                fraction -> ui.access(() -> progress.setValue(fraction)));
        job.result().whenComplete((id, failure) -> ui.access(() -> {
            if (failure == null) {
                close();
                onAligned.accept(id);
            } else if (!(failure instanceof CancellationException || failure.getCause() instanceof CancellationException)) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                message.setText("Not aligned: " + cause.getMessage());
                start.setEnabled(true);
                progress.setVisible(false);
            }
        }));
    }
}
