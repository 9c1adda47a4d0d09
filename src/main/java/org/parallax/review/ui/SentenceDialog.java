package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.parallax.core.review.BeadEdits.Side;
import org.parallax.core.review.BeadRange;
import org.parallax.review.AlignmentTexts;

/**
 * Edit one sentence of a bead: its text, a split in two (before a word the user chooses) or a merge with the next
 * sentence. The dialog says that the version itself changes, in every alignment of it; it closes once the change is
 * made and stays open (with the user's text) if it was refused.
 */
final class SentenceDialog extends Dialog {

    private static final int PREVIEW = 40;

    /** A sentence of the bead, on one side. */
    record Choice(Side side, int sentence) {
    }

    /** The edits the dialog asks for; each returns whether it was made. */
    interface Edits {
        boolean edit(Choice choice, String seen, String text);

        boolean split(Choice choice, String seen, int at);

        boolean mergeWithNext(Choice choice, String seen, String next);
    }

    private final AlignmentTexts texts;
    private final RadioButtonGroup<Choice> sentence = new RadioButtonGroup<>("Sentence");
    private final TextArea text = new TextArea("Text");
    private final Select<Integer> cut = new Select<>();
    private final Paragraph scope = new Paragraph();

    /**
     * @param sharing how many alignments use the source and the target version (index 0 and 1), to say so
     */
    SentenceDialog(BeadRange bead, AlignmentTexts texts, int[] sharing, Edits edits) {
        this.texts = texts;
        setHeaderTitle("Edit a sentence");
        setWidth("min(60rem, 95vw)");
        sentence.setId("sentence-choice");
        sentence.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        List<Choice> choices = choices(bead);
        sentence.setItems(choices);
        sentence.setItemLabelGenerator(c -> label(c.side()) + " " + (c.sentence() + 1) + ". "
                + abbreviate(textOf(c)));
        text.setId("sentence-text");
        text.setWidthFull();
        cut.setId("sentence-cut");
        cut.setLabel("Split before");
        cut.setWidthFull();
        scope.addClassName("px-subtle");
        sentence.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue(), sharing[change.getValue().side() == Side.SOURCE ? 0 : 1]);
            }
        });
        sentence.setValue(choices.getFirst());
        Button save = new Button("Save text", click -> closeIf(edits.edit(chosen(), textOf(chosen()),
                text.getValue())));
        save.setId("sentence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button split = new Button("Split", click -> {
            if (cut.getValue() != null) {
                closeIf(edits.split(chosen(), textOf(chosen()), cut.getValue()));
            }
        });
        split.setId("sentence-split");
        Button merge = new Button("Merge with the next sentence", click -> closeIf(edits.mergeWithNext(chosen(),
                textOf(chosen()), nextOf(chosen()))));
        merge.setId("sentence-merge");
        add(sentence, text, cut, scope);
        getFooter().add(new Button("Cancel", click -> close()), merge, split, save);
    }

    /** Word starts inside a text, where a split may go (0 and the end are not places to split). */
    static List<Integer> cutPoints(String text) {
        return IntStream.range(1, text.length())
                .filter(i -> Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i)))
                .boxed().toList();
    }

    private void show(Choice choice, int alignments) {
        String shown = textOf(choice);
        text.setValue(shown);
        List<Integer> points = cutPoints(shown);
        cut.setItems(points);
        cut.setItemLabelGenerator(at -> "…" + tail(shown.substring(0, at).strip()) + " | "
                + abbreviate(shown.substring(at)));
        cut.setValue(points.isEmpty() ? null : points.get(points.size() / 2));
        cut.setEnabled(!points.isEmpty());
        scope.setText("This changes the " + label(choice.side()).toLowerCase() + " version itself: "
                + (alignments == 1 ? "its one alignment shows" : "all " + alignments + " alignments of it show")
                + " the change. Every change is in the bead's history and can be undone.");
    }

    private Choice chosen() {
        return sentence.getValue();
    }

    private String textOf(Choice choice) {
        return (choice.side() == Side.SOURCE ? texts.source() : texts.target()).get(choice.sentence());
    }

    private String nextOf(Choice choice) {
        List<String> side = choice.side() == Side.SOURCE ? texts.source() : texts.target();
        return choice.sentence() + 1 < side.size() ? side.get(choice.sentence() + 1) : "";
    }

    private void closeIf(boolean done) {
        if (done) {
            close();
        }
    }

    private static List<Choice> choices(BeadRange bead) {
        List<Choice> choices = new ArrayList<>();
        IntStream.range(bead.sourceStart(), bead.sourceEnd()).forEach(i -> choices.add(new Choice(Side.SOURCE, i)));
        IntStream.range(bead.targetStart(), bead.targetEnd()).forEach(i -> choices.add(new Choice(Side.TARGET, i)));
        return choices;
    }

    private static String label(Side side) {
        return side == Side.SOURCE ? "Source" : "Target";
    }

    private static String abbreviate(String text) {
        return text.length() <= 2 * PREVIEW ? text : text.substring(0, 2 * PREVIEW - 1) + "…";
    }

    private static String tail(String text) {
        return text.length() <= PREVIEW ? text : text.substring(text.length() - PREVIEW);
    }
}
