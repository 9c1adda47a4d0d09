package org.parallax.flags.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parallax.core.export.ItsIssueType;
import org.parallax.flags.Category;
import org.parallax.flags.FlagCategoryService;
import org.parallax.ui.ErrorMessage;
import org.parallax.ui.MainLayout;
import org.parallax.users.Roles;
import org.springframework.security.access.AccessDeniedException;

/** Administrators keep the list of flag categories: add, rename, recolor, change the ITS type, retire, delete. */
@Route(value = "admin/flag-categories", layout = MainLayout.class)
@PageTitle("Flag categories · Parallax")
@RolesAllowed(Roles.ADMIN)
class CategoriesView extends VerticalLayout {

    private static final List<String> ITS_TYPES = Arrays.stream(ItsIssueType.values()).map(ItsIssueType::code)
            .toList();

    private final FlagCategoryService categories;
    private final Grid<Category> grid = new Grid<>();

    CategoriesView(FlagCategoryService categories) {
        this.categories = categories;
        addClassName("px-page");
        grid.setId("categories");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(CategoriesView::swatch).setHeader("Category").setFlexGrow(2);
        grid.addColumn(Category::code).setHeader("Code").setFlexGrow(1);
        grid.addColumn(Category::itsIssueType).setHeader("ITS issue type (XLIFF)").setFlexGrow(1);
        grid.addColumn(c -> c.retired() ? "retired" : "offered").setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(new H1("Flag categories"), new Span("A retired category stays on the flags that have it and in exports, "
                + "but is not offered for new flags. A category in use cannot be deleted."), grid,
                new H2("New category"), newCategoryForm());
        refresh();
    }

    private static Span swatch(Category category) {
        Span swatch = new Span(category.label());
        swatch.addClassName("px-flag");
        swatch.getElement().getStyle().set("background-color", category.color()).set("color", category.textColor());
        return swatch;
    }

    private HorizontalLayout actions(Category category) {
        String code = category.code();
        Button rename = new Button("Rename…", click -> ask("Rename " + category.label(), new TextField("Label",
                category.label(), ""), field -> categories.rename(code, field.getValue()), "Renamed"));
        Button color = new Button("Color…", click -> askColor(category));
        Button its = new Button("ITS type…", click -> askIssueType(category));
        Button retire = new Button(category.retired() ? "Reinstate" : "Retire", click -> attempt(
                () -> category.retired() ? categories.reinstate(code) : categories.retire(code),
                category.label() + (category.retired() ? " reinstated" : " retired")));
        Button delete = new Button("Delete", click -> attempt(() -> {
            categories.delete(code);
            return category;
        }, category.label() + " deleted"));
        rename.setId("category-rename-" + code);
        color.setId("category-color-" + code);
        its.setId("category-its-" + code);
        retire.setId("category-retire-" + code);
        delete.setId("category-delete-" + code);
        for (Button button : new Button[] {rename, color, its, retire, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(rename, color, its, retire, delete);
    }

    private HorizontalLayout newCategoryForm() {
        TextField code = new TextField("Code", "e.g. CALQUE");
        code.setId("new-category-code");
        TextField label = new TextField("Label");
        label.setId("new-category-label");
        Input color = colorInput("#dbe9fb");
        color.setId("new-category-color");
        ComboBox<String> its = new ComboBox<>("ITS issue type", ITS_TYPES);
        its.setValue(ItsIssueType.OTHER.code());
        its.setId("new-category-its");
        Button add = new Button("Add category", click -> {
            if (attempt(() -> categories.add(code.getValue(), label.getValue(), color.getValue(), its.getValue()),
                    "Category " + label.getValue().strip() + " added")) {
                code.clear();
                label.clear();
            }
        });
        add.setId("new-category-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(code, label, new VerticalLayout(new Span("Color"), color), its,
                add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void askColor(Category category) {
        Input color = colorInput(category.color());
        Dialog dialog = new Dialog("Color of " + category.label(), color);
        Button save = new Button("Save", click -> {
            if (attempt(() -> categories.recolor(category.code(), color.getValue()), "Color saved")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void askIssueType(Category category) {
        ComboBox<String> its = new ComboBox<>("ITS issue type", ITS_TYPES);
        its.setValue(category.itsIssueType());
        ask("ITS issue type of " + category.label(), its,
                field -> categories.changeIssueType(category.code(), field.getValue()), "ITS issue type saved");
    }

    private <F extends Component> void ask(String title, F field, Function<F, Category> change, String done) {
        Dialog dialog = new Dialog(title, field);
        Button save = new Button("Save", click -> {
            if (attempt(() -> change.apply(field), done)) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    /** A native color picker; its value is {@code #rrggbb}. */
    private static Input colorInput(String value) {
        Input color = new Input();
        color.setType("color");
        color.setValue(value);
        return color;
    }

    /** Runs a change; the service's refusal (bad input, category in use) is shown, not thrown. */
    private boolean attempt(Supplier<Category> change, String done) {
        try {
            change.get();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            ErrorMessage.show(refused.getMessage());
            return false;
        } catch (AccessDeniedException e) {
            ErrorMessage.show("Not allowed: only administrators manage flag categories.");
            return false;
        }
    }

    private void refresh() {
        grid.setItems(categories.all());
    }
}
