package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Predicate;
import org.parallax.flags.Category;

/**
 * Asks what a selected span of the translation is: category (among those offered), source term, transliteration,
 * comment; shows the source text selected with it, which the flag will be linked to.
 */
final class FlagSelectionDialog extends Dialog {

    /** The category preselected when it is offered. */
    private static final String DEFAULT_CATEGORY = "LEXICAL_CHOICE";

    /** What the person entered; blank fields mean "none". */
    record Draft(Category category, String sourceTerm, String transliteration, String comment) {
    }

    /**
     * @param sourceText the text selected on the source side, or null when none was
     * @param save       returns true when the flag was stored, so the dialog may close
     */
    FlagSelectionDialog(String selectedText, String sourceText, List<Category> offered, Predicate<Draft> save) {
        setHeaderTitle("Flag selection");
        Span quoted = new Span("“" + selectedText + "”");
        quoted.setId("flag-selected-text");
        Span source = new Span(sourceText == null
                ? "Source: found from the source term (select source text too to choose it)"
                : "Source: “" + sourceText + "”");
        source.setId("flag-selected-source");
        ComboBox<Category> category = new ComboBox<>("Category");
        category.setItems(offered);
        category.setItemLabelGenerator(Category::label);
        category.setValue(offered.stream().filter(c -> c.code().equals(DEFAULT_CATEGORY)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.getFirst()));
        category.setId("flag-category");
        TextField sourceTerm = new TextField("Source term");
        sourceTerm.setId("flag-source-term");
        TextField transliteration = new TextField("Transliteration");
        transliteration.setId("flag-transliteration");
        TextArea comment = new TextArea("Comment");
        comment.setId("flag-comment");
        add(new VerticalLayout(quoted, source, category, sourceTerm, transliteration, comment));
        Button create = new Button("Create flag", click -> {
            if (category.getValue() != null && save.test(new Draft(category.getValue(), sourceTerm.getValue(),
                    transliteration.getValue(), comment.getValue()))) {
                close();
            }
        });
        create.setId("flag-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
        sourceTerm.focus();
    }
}
