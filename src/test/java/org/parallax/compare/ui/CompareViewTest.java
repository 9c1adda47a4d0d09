package org.parallax.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxViewTest;
import org.parallax.compare.Comparison;
import org.parallax.compare.ComparisonRow;
import org.parallax.compare.ComparisonService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The compare page without a browser. The comparison runs on a background thread and arrives through
 * {@code UI.access}; the test lets those queued UI changes run until the grid is there.
 */
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class CompareViewTest extends ParallaxViewTest {

    /** How long a comparison of two Jonah versions (aligning them first if needed) may take on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    ComparisonService comparisons;

    @Test
    void shouldShowOneRowPerGroupOfBeadsAndOneColumnPerVersion() {
        Comparison expected = comparisons.compare("jonah", "kjv", List.of("web-derived"), "edith");

        UI.getCurrent().navigate(CompareView.class, new RouteParameters("work", "jonah"),
                QueryParameters.simple(Map.of("versions", "kjv,web-derived")));

        GridTester<Grid<ComparisonRow>, ComparisonRow> grid = awaitGrid();
        assertThat(grid.size()).isEqualTo(expected.rows().size()).isGreaterThan(20);
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList())
                .containsExactlyElementsOf(expected.rows());
        assertThat(grid.getHeaderCell(1)).isEqualTo(expected.versions().get(0).title() + " (en) · pivot");
        assertThat(grid.getHeaderCell(2)).isEqualTo(expected.versions().get(1).title() + " (en)");
        assertThat(grid.getCellText(0, 0)).isEqualTo("1");
        assertThat($(Span.class).withTextContaining(" rows · words compared").single().getText())
                .startsWith(expected.rows().size() + " rows");
    }

    @Test
    void shouldCompareWhatThePickerChose() {
        navigate(CompareView.class);
        @SuppressWarnings("unchecked")
        Select<Object> work = $(Select.class).id("compare-work");
        test(work).selectItem("The Book of Jonah");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> others = $(MultiSelectComboBox.class).id("compare-others");
        assertThat(test(others).getSelected()).hasSize(2);
        test(others).selectItem("Jonah (WEB-derived text) (en)");

        test($(Button.class).id("compare-button")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("compare/jonah?versions=kjv%2Cweb-derived");
        assertThat(awaitGrid().getHeaderCell(2)).endsWith(" (en)");
    }

    @Test
    void shouldSaySoWhenTheWorkIsNotInTheLibrary() {
        navigate("compare/no-such-work", CompareView.class);

        assertThat($(Span.class).withClassName("px-error").single().getText())
                .isEqualTo("No work \"no-such-work\" in the library.");
    }

    private GridTester<Grid<ComparisonRow>, ComparisonRow> awaitGrid() {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!$(ComparisonGrid.class).exists()) {
            assertThat($(Span.class).withClassName("px-error").exists()).as("an error instead of a comparison").isFalse();
            assertThat(Instant.now()).as("the comparison to arrive").isBefore(giveUp);
            sleep();
            roundTrip();
        }
        Grid<ComparisonRow> grid = $(ComparisonGrid.class).single();
        return test(grid);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
