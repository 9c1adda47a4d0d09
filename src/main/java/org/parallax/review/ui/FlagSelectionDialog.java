package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.parallax.core.flags.FlagCategory;

/** Asks what a selected span of the translation is: category, source term, transliteration, comment. */
final class FlagSelectionDialog extends Dialog {

    /** What the person entered; blank fields mean "none". */
    record Draft(FlagCategory category, String sourceTerm, String transliteration, String comment) {
    }

    /** @param save returns true when the flag was stored, so the dialog may close */
    FlagSelectionDialog(String selectedText, Predicate<Draft> save) {
        setHeaderTitle("Flag selection");
        Span quoted = new Span("“" + selectedText + "”");
        quoted.setId("flag-selected-text");
        ComboBox<FlagCategory> category = new ComboBox<>("Category");
        category.setItems(FlagCategory.values());
        category.setItemLabelGenerator(FlagCategory::label);
        category.setValue(FlagCategory.LEXICAL_CHOICE);
        category.setId("flag-category");
        TextField sourceTerm = new TextField("Source term");
        sourceTerm.setId("flag-source-term");
        TextField transliteration = new TextField("Transliteration");
        transliteration.setId("flag-transliteration");
        TextArea comment = new TextArea("Comment");
        comment.setId("flag-comment");
        add(new VerticalLayout(quoted, category, sourceTerm, transliteration, comment));
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
