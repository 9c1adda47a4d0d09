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
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import com.vaadin.flow.component.Text;
import org.parallax.flags.Flag;
import org.parallax.flags.SentenceFlags;
import org.parallax.flags.SourceLink;
import org.parallax.flags.ui.FlaggedBody;
import java.util.Comparator;
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
    private AlignmentTexts texts;
    private final BeadFlags flags;

    BeadPanel(BeadActions actions, AlignmentTexts texts, BeadFlags flags) {
        this.actions = actions;
        this.texts = texts;
        this.flags = flags;
        addClassName("px-bead-panel");
        setId("bead-panel");
        BeadFlags.trackSelection(getElement());
        showNothing();
    }

    /** The sentences changed (a sentence edit here or elsewhere): show these from now on. */
    void texts(AlignmentTexts changed) {
        this.texts = changed;
        flags.reload();
    }

    void flagSelection() {
        flags.flagSelection(getElement());
    }

    void showNothing() {
        removeAll();
        add(new Span("Select a bead to see its sentences and history."));
    }

    void show(StoredBead bead, List<BeadChange> history) {
        removeAll();
        BeadRange r = bead.range();
        add(new H3("Bead " + r.type()), new Div(Badges.status(bead.status()), Badges.confidence(bead.bead().confidence())));
        BeadFlags.forgetSelection(getElement());
        SentenceFlags target = flags.target();
        List<Flag> beadFlags = IntStream.range(r.targetStart(), r.targetEnd())
                .mapToObj(target::in).flatMap(List::stream).distinct().toList();
        add(side("Source", r.sourceStart(), r.sourceEnd(), texts.sourceLanguage(), i -> source(i, beadFlags)));
        add(side("Target", r.targetStart(), r.targetEnd(), texts.targetLanguage(), i -> target(target, i)));
        add(operations(bead));
        if (!beadFlags.isEmpty()) {
            add(sourceLinks(beadFlags));
        }
        add(history(history));
    }

    private static Div side(String side, int first, int end, String language, IntFunction<Span> sentence) {
        Div block = new Div(new Span(side + (first == end ? ": none" : "")));
        block.addClassName("px-bead-side");
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("start", String.valueOf(first + 1));
        list.getElement().setAttribute("lang", language);
        IntStream.range(first, end).forEach(i -> list.add(new ListItem(sentence.apply(i))));
        block.add(list);
        return block;
    }

    /** A target sentence with its flags highlighted; the selection tracker finds it by its number. */
    private static Span target(SentenceFlags target, int sentence) {
        Span shown = FlaggedBody.sentence(target.body(), target.sentences().get(sentence), target.in(sentence));
        shown.getElement().setAttribute("data-target-sentence", String.valueOf(sentence));
        return shown;
    }

    /**
     * A source sentence with the stored source spans of the bead's flags highlighted (the first of overlapping
     * ones); the selection tracker finds it by its number.
     */
    private Span source(int sentence, List<Flag> beadFlags) {
        SentenceFlags source = flags.source();
        org.parallax.core.text.Span inBody = source.sentences().get(sentence);
        List<Flag> linked = beadFlags.stream()
                .filter(f -> f.source() != null && f.source().versionId() == source.versionId()
                        && f.source().span().start() >= inBody.start() && f.source().span().end() <= inBody.end())
                .sorted(Comparator.comparingInt(f -> f.source().span().start())).toList();
        Span shown = new Span();
        shown.getElement().setAttribute("data-source-sentence", String.valueOf(sentence));
        int cursor = inBody.start();
        for (Flag flag : linked) {
            SourceLink link = flag.source();
            if (link.span().start() < cursor) {
                continue;
            }
            shown.add(new Text(source.body().substring(cursor, link.span().start())));
            Span mark = new Span(link.span().of(source.body()));
            mark.addClassNames("px-flag", "px-source-term");
            mark.getElement().getStyle().set("background-color", flag.category().color())
                    .set("color", flag.category().textColor());
            mark.getElement().setAttribute("data-source-of-flag", String.valueOf(flag.id()));
            mark.getElement().setAttribute("title", FlaggedBody.describe(flag));
            shown.add(mark);
            cursor = link.span().end();
        }
        shown.add(new Text(source.body().substring(cursor, inBody.end())));
        return shown;
    }

    /** Each flag of the bead with the source text it is linked to, and buttons to change the link. */
    private Div sourceLinks(List<Flag> beadFlags) {
        Div block = new Div(new H3("Source links"));
        block.addClassName("px-source-links");
        for (Flag flag : beadFlags) {
            SourceLink link = flag.source();
            Span linked = new Span(link == null ? " → not linked to the source"
                    : " → “" + link.text() + "”" + (link.isAutomatic() ? " (found by the source term)" : ""));
            Div entry = new Div(FlaggedBody.mark(flag, flag.text()), linked,
                    linkButton("Link selected source", "flag-link-source-", flag,
                            () -> flags.linkSelectedSource(getElement(), flag)),
                    linkButton("Re-link", "flag-relink-", flag, () -> flags.relinkSource(flag)));
            if (link != null) {
                entry.add(linkButton("Clear", "flag-clear-source-", flag, () -> flags.clearSource(flag)));
            }
            block.add(entry);
        }
        return block;
    }

    private static Button linkButton(String label, String idPrefix, Flag flag, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId(idPrefix + flag.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Div operations(StoredBead bead) {
        Div buttons = new Div(
                button("Approve (A)", "approve", () -> actions.approve(bead)),
                button("Reject (R)", "reject", () -> actions.reject(bead)),
                button("Merge with next (M)", "merge-next", () -> actions.mergeWithNext(bead)),
                button("Merge with previous (Shift+M)", "merge-previous", () -> actions.mergeWithPrevious(bead)),
                button("Split… (S)", "split", () -> actions.split(bead)),
                button("Unlink (U)", "unlink", () -> actions.unlink(bead)),
                button("Edit a sentence… (E)", "edit-sentence", () -> actions.editSentences(bead)),
                button("Last source sentence → next bead", "move-source-down",
                        () -> actions.moveSentence(bead, BeadEdits.Side.SOURCE, true)),
                button("Last target sentence → next bead", "move-target-down",
                        () -> actions.moveSentence(bead, BeadEdits.Side.TARGET, true)),
                button("Next bead's first source sentence → here", "move-source-up",
                        () -> actions.moveSentence(bead, BeadEdits.Side.SOURCE, false)),
                button("Next bead's first target sentence → here", "move-target-up",
                        () -> actions.moveSentence(bead, BeadEdits.Side.TARGET, false)),
                button("Approve all above (Shift+A)", "approve-above", () -> actions.approveAllAbove(bead)),
                button("Flag selection… (F)", "flag-selection", this::flagSelection));
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
                    + (change.detail() != null ? change.detail() + "; " : "")
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
