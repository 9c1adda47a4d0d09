package org.parallax.flags.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.parallax.flags.Category;
import org.parallax.flags.FlagQuery;
import org.parallax.flags.FlagService;
import org.parallax.flags.FlagStatus;
import org.parallax.flags.Rendering;
import org.parallax.ui.MainLayout;
import org.parallax.users.CurrentUser;

/** Every flag in the corpus, filtered by category, status and term; and every rendering of a source term. */
@Route(value = "flags", layout = MainLayout.class)
@PageTitle("Flags · Parallax")
@PermitAll
class FlagsView extends VerticalLayout {

    private final ComboBox<Category> category = new ComboBox<>("Category");
    private final ComboBox<FlagStatus> status = new ComboBox<>("Status", FlagStatus.values());
    private final TextField term = new TextField("Text or source term");

    FlagsView(FlagService flags, CurrentUser user) {
        addClassName("px-page");
        category.setItems(flags.allCategories());
        category.setItemLabelGenerator(c -> c.label() + (c.retired() ? " (retired)" : ""));
        category.setClearButtonVisible(true);
        status.setItemLabelGenerator(s -> s.name().toLowerCase());
        status.setClearButtonVisible(true);
        term.setValueChangeMode(ValueChangeMode.LAZY);
        term.setClearButtonVisible(true);
        term.setId("flags-term");
        FlagList list = new FlagList(flags, () -> flags.find(new FlagQuery(
                category.getValue() == null ? null : category.getValue().code(), status.getValue(), term.getValue(),
                null)), user.name(), true);
        category.addValueChangeListener(change -> list.refresh());
        status.addValueChangeListener(change -> list.refresh());
        term.addValueChangeListener(change -> list.refresh());
        add(new H1("Flags"), new HorizontalLayout(category, status, term), list, renderings(flags));
    }

    private VerticalLayout renderings(FlagService flags) {
        TextField sourceTerm = new TextField("Source term, e.g. доказать");
        sourceTerm.setId("renderings-term");
        Grid<Rendering> renderings = new Grid<>();
        renderings.setId("renderings");
        renderings.setAllRowsVisible(true);
        renderings.addColumn(Rendering::text).setHeader("Rendered as");
        renderings.addColumn(Rendering::occurrences).setHeader("Times");
        renderings.addColumn(Rendering::versions).setHeader("Versions");
        sourceTerm.addValueChangeListener(change -> renderings.setItems(flags.renderings(change.getValue())));
        VerticalLayout block = new VerticalLayout(new H2("Renderings of a source term"), sourceTerm, renderings);
        block.setPadding(false);
        return block;
    }
}
