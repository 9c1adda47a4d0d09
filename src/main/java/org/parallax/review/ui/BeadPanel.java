package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.ReviewBead;
import org.parallax.review.AlignmentTexts;
import org.parallax.review.BeadChange;
import org.parallax.review.StoredBead;

/** The selected bead: its sentences, the operations on it, and its history with revert. */
final class BeadPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BeadActions actions;
    private final AlignmentTexts texts;

    BeadPanel(BeadActions actions, AlignmentTexts texts) {
        this.actions = actions;
        this.texts = texts;
        addClassName("px-bead-panel");
        setId("bead-panel");
        showNothing();
    }

    void showNothing() {
        removeAll();
        add(new Span("Select a bead to see its sentences and history."));
    }

    void show(StoredBead bead, List<BeadChange> history) {
        removeAll();
        BeadRange r = bead.range();
        add(new H3("Bead " + r.type()), new Div(Badges.status(bead.status()), Badges.confidence(bead.bead().confidence())));
        add(sentences("Source", r.sourceStart(), texts.source().subList(r.sourceStart(), r.sourceEnd()),
                texts.sourceLanguage()));
        add(sentences("Target", r.targetStart(), texts.target().subList(r.targetStart(), r.targetEnd()),
                texts.targetLanguage()));
        add(operations(bead));
        add(history(history));
    }

    private static Div sentences(String side, int first, List<String> sentences, String language) {
        Div block = new Div(new Span(side + (sentences.isEmpty() ? ": none" : "")));
        block.addClassName("px-bead-side");
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("start", String.valueOf(first + 1));
        list.getElement().setAttribute("lang", language);
        sentences.forEach(sentence -> list.add(new ListItem(sentence)));
        block.add(list);
        return block;
    }

    private Div operations(StoredBead bead) {
        Div buttons = new Div(
                button("Approve (A)", "approve", () -> actions.approve(bead)),
                button("Reject (R)", "reject", () -> actions.reject(bead)),
                button("Merge with next (M)", "merge-next", () -> actions.mergeWithNext(bead)),
                button("Merge with previous (Shift+M)", "merge-previous", () -> actions.mergeWithPrevious(bead)),
                button("Split… (S)", "split", () -> actions.split(bead)),
                button("Unlink (U)", "unlink", () -> actions.unlink(bead)),
                button("Last source sentence → next bead", "move-source-down",
                        () -> actions.moveSentence(bead, BeadEdits.Side.SOURCE, true)),
                button("Last target sentence → next bead", "move-target-down",
                        () -> actions.moveSentence(bead, BeadEdits.Side.TARGET, true)),
                button("Next bead's first source sentence → here", "move-source-up",
                        () -> actions.moveSentence(bead, BeadEdits.Side.SOURCE, false)),
                button("Next bead's first target sentence → here", "move-target-up",
                        () -> actions.moveSentence(bead, BeadEdits.Side.TARGET, false)),
                button("Approve all above (Shift+A)", "approve-above", () -> actions.approveAllAbove(bead)));
        buttons.addClassName("px-bead-operations");
        return buttons;
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId("bead-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Div history(List<BeadChange> changes) {
        Div block = new Div(new H3("History"));
        block.addClassName("px-history");
        if (changes.isEmpty()) {
            block.add(new Span("Unchanged since the aligner made it."));
        }
        for (BeadChange change : changes) {
            Span line = new Span(change.operation() + " by " + change.actor() + ", "
                    + change.changedAt().format(WHEN) + (change.undone() ? " (undone)" : "") + ": "
                    + describe(change.before()) + " → " + describe(change.after()));
            Div entry = new Div(line);
            if (!change.undone()) {
                Button revert = new Button("Revert", click -> actions.revert(change.id()));
                revert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                entry.add(revert);
            }
            block.add(entry);
        }
        return block;
    }

    private static String describe(List<ReviewBead> beads) {
        return beads.stream().map(b -> b.range().type() + " " + b.status().name().toLowerCase())
                .collect(Collectors.joining(", "));
    }
}
