package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.parallax.core.review.BeadRange;
import org.parallax.review.AlignmentTexts;

/** Choose where to split a bead: before which source sentence and before which target sentence. */
final class SplitDialog extends Dialog {

    SplitDialog(BeadRange bead, AlignmentTexts texts, BiConsumer<Integer, Integer> split) {
        setHeaderTitle("Split bead");
        setWidth("min(60rem, 95vw)");
        RadioButtonGroup<Integer> sourceCut = cutChoice("Second bead starts at source sentence",
                bead.sourceStart(), bead.sourceEnd(), texts.source());
        RadioButtonGroup<Integer> targetCut = cutChoice("Second bead starts at target sentence",
                bead.targetStart(), bead.targetEnd(), texts.target());
        sourceCut.setId("split-source");
        targetCut.setId("split-target");
        add(sourceCut, targetCut);
        Button apply = new Button("Split", click -> {
            split.accept(sourceCut.getValue(), targetCut.getValue());
            close();
        });
        apply.setId("split-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), apply);
    }

    /** Cut points from the bead's first sentence to just after its last ("nothing on this side"). */
    private static RadioButtonGroup<Integer> cutChoice(String label, int start, int end, List<String> sentences) {
        RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(label);
        choice.addClassName("px-split-choice");
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setItems(IntStream.rangeClosed(start, end).boxed().toList());
        choice.setItemLabelGenerator(cut -> cut == end ? "(after the last: second bead has none on this side)"
                : (cut + 1) + ". " + abbreviate(sentences.get(cut)));
        choice.setValue(Math.min(start + 1, end));
        return choice;
    }

    private static String abbreviate(String sentence) {
        return sentence.length() <= 120 ? sentence : sentence.substring(0, 117) + "…";
    }
}
