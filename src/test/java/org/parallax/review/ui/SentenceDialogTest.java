package org.parallax.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.core.review.BeadEdits.Side;
import org.parallax.core.review.BeadRange;
import org.parallax.review.AlignmentTexts;

/** The dialog on its own (no browser, no server): what the user's choices turn into. */
class SentenceDialogTest {

    private static final AlignmentTexts JONAH = new AlignmentTexts("en",
            List.of("Now the word of the LORD came unto Jonah the son of Amittai, saying,",
                    "Arise, go to Nineveh, that great city, and cry against it."),
            "en", List.of("Now Yahweh’s word came to Jonah the son of Amittai, saying,",
                    "“Arise, go to Nineveh, that great city, and preach against it.”"));

    private final List<String> asked = new ArrayList<>();
    private final SentenceDialog dialog = new SentenceDialog(new BeadRange(0, 2, 0, 2), JONAH, new int[] {2, 1},
            new SentenceDialog.Edits() {
                @Override
                public boolean edit(SentenceDialog.Choice choice, String seen, String text) {
                    return asked.add("edit " + choice + " " + seen + " -> " + text);
                }

                @Override
                public boolean split(SentenceDialog.Choice choice, String seen, int at) {
                    return asked.add("split " + choice + " at " + at + ": " + seen.substring(at));
                }

                @Override
                public boolean mergeWithNext(SentenceDialog.Choice choice, String seen, String next) {
                    return asked.add("merge " + choice + " " + seen + " + " + next);
                }
            });

    @Test
    void shouldSaveTheTextOfTheChosenSentenceNamingWhatTheUserSaw() {
        TextArea text = find("sentence-text", TextArea.class);
        assertThat(text.getValue()).isEqualTo(JONAH.source().getFirst());

        text.setValue("Now the LORD spoke to Jonah, saying,");
        find("sentence-save", Button.class).click();

        assertThat(asked).containsExactly("edit Choice[side=SOURCE, sentence=0] " + JONAH.source().getFirst()
                + " -> Now the LORD spoke to Jonah, saying,");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldSplitOrMergeTheSentenceChosenOnTheTargetSide() {
        RadioButtonGroup<SentenceDialog.Choice> choice = find("sentence-choice", RadioButtonGroup.class);
        choice.setValue(new SentenceDialog.Choice(Side.TARGET, 0));
        Select<Integer> cut = find("sentence-cut", Select.class);
        cut.setValue(JONAH.target().getFirst().indexOf("the son"));

        find("sentence-split", Button.class).click();
        find("sentence-merge", Button.class).click();

        assertThat(asked).containsExactly(
                "split Choice[side=TARGET, sentence=0] at 32: the son of Amittai, saying,",
                "merge Choice[side=TARGET, sentence=0] " + JONAH.target().get(0) + " + " + JONAH.target().get(1));
        assertThat(find("sentence-text", TextArea.class).getValue()).isEqualTo(JONAH.target().getFirst());
    }

    private <T extends Component> T find(String id, Class<T> type) {
        return type.cast(find(dialog.getElement(), id).or(() -> find(dialog.getFooter().getElement(), id))
                .flatMap(Element::getComponent).orElseThrow(() -> new AssertionError("no #" + id)));
    }

    private static Optional<Element> find(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
