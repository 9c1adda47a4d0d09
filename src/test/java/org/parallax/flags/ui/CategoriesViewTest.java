package org.parallax.flags.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.flags.Category;
import org.parallax.flags.FlagCategoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The administrators' view of the category list, without a browser. */
@ParallaxIntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class CategoriesViewTest extends SpringBrowserlessTest {

    @Autowired
    FlagCategoryService categories;

    @Test
    void shouldAddACategoryFromTheFormAndRetireItFromItsRow() {
        navigate(CategoriesView.class);

        test($(TextField.class).id("new-category-code")).setValue("ellipsis");
        test($(TextField.class).id("new-category-label")).setValue("Ellipsis");
        $(Input.class).id("new-category-color").setValue("#f0e68c");
        test($(ComboBox.class).id("new-category-its")).selectItem("omission");
        test($(Button.class).id("new-category-add")).click();

        assertThat(categories.category("ELLIPSIS"))
                .isEqualTo(new Category("ELLIPSIS", "Ellipsis", "#f0e68c", "omission", false));
        clickInRow("ELLIPSIS", "category-retire-ELLIPSIS");
        assertThat(categories.category("ELLIPSIS").retired()).isTrue();
        assertThat(categories.offered()).extracting(Category::code).doesNotContain("ELLIPSIS");
    }

    @Test
    void shouldSayWhyACategoryInUseIsNotDeleted() {
        navigate(CategoriesView.class);

        clickInRow("SOURCE_TERM_KEPT", "category-delete-SOURCE_TERM_KEPT");

        assertThat(test($(Notification.class).last()).getText())
                .startsWith("\"Source term kept\" cannot be deleted: ")
                .endsWith(" flags have it. Retire it instead, so it is no longer offered for new flags.");
        assertThat(categories.category("SOURCE_TERM_KEPT").retired()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private void clickInRow(String code, String buttonId) {
        Grid<Category> grid = $(Grid.class).id("categories");
        int row = categories.all().stream().map(Category::code).toList().indexOf(code);
        var actions = test(grid).getCellComponent(row, 4);
        test(find(Button.class, actions).id(buttonId)).click();
    }
}
