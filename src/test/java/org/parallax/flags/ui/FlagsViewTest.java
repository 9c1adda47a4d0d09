package org.parallax.flags.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxViewTest;
import org.parallax.core.flags.FlagCategory;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagQuery;
import org.parallax.flags.FlagService;
import org.parallax.flags.FlagStatus;
import org.parallax.flags.Rendering;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The corpus-wide flags page without a browser, over the flags the importer suggested for the sample corpus. */
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class FlagsViewTest extends ParallaxViewTest {

    @Autowired
    FlagService flags;

    @Test
    void shouldListEveryFlagOfTheCorpusUntilFiltered() {
        navigate(FlagsView.class);

        List<Flag> all = flags.find(FlagQuery.ALL);
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(ids()).containsExactlyElementsOf(all.stream().map(Flag::id).toList());
        assertThat(list().getCellText(0, 0)).isEqualTo(all.getFirst().workTitle() + " — " + all.getFirst().versionTitle());
    }

    @Test
    void shouldNarrowTheListToOneCategory() {
        navigate(FlagsView.class);

        combo("Category").selectItem("Source term kept");

        List<Flag> kept = flags.find(new FlagQuery(FlagCategory.SOURCE_TERM_KEPT, null, null, null));
        assertThat(kept).isNotEmpty().hasSizeLessThan(flags.find(FlagQuery.ALL).size());
        assertThat(ids()).containsExactlyElementsOf(kept.stream().map(Flag::id).toList());
        assertThat(column(2)).containsOnly("Source term kept");
        assertThat(column(3)).contains("доказать [dokazat’]");
    }

    @Test
    void shouldNarrowTheListToApprovedFlagsOnceOneIsApproved() {
        navigate(FlagsView.class);
        combo("Category").selectItem("Editorial note");
        Flag first = list().getRow(0);

        approveButtonOfRow(0).click();

        assertThat(list().getCellText(0, 4)).isEqualTo("approved");
        combo("Status").selectItem("approved");
        List<Flag> approvedNotes = flags.find(new FlagQuery(FlagCategory.EDITORIAL_NOTE, FlagStatus.APPROVED, null,
                null));
        assertThat(approvedNotes).extracting(Flag::id).contains(first.id());
        assertThat(ids()).containsExactlyElementsOf(approvedNotes.stream().map(Flag::id).toList());
        assertThat(column(4)).containsOnly("approved");
    }

    @Test
    void shouldFindFlagsByTheirSourceTermAndListItsRenderings() {
        navigate(FlagsView.class);

        test($(TextField.class).id("flags-term")).setValue("доказать");

        List<Flag> matching = flags.find(new FlagQuery(null, null, "доказать", null));
        assertThat(matching).isNotEmpty();
        assertThat(ids()).containsExactlyElementsOf(matching.stream().map(Flag::id).toList());

        test($(TextField.class).id("renderings-term")).setValue("доказать");

        List<Rendering> renderings = flags.renderings("доказать");
        GridTester<Grid<Rendering>, Rendering> shown = renderings();
        assertThat(shown.size()).isEqualTo(renderings.size()).isPositive();
        assertThat(shown.getCellText(0, 0)).isEqualTo(renderings.getFirst().text());
        assertThat(shown.getCellText(0, 1)).isEqualTo(String.valueOf(renderings.getFirst().occurrences()));
    }

    @Test
    @WithMockUser(username = "tanja", roles = "TRANSLATOR")
    void shouldRefuseATranslatorsApprovalAndSaySo() {
        navigate(FlagsView.class);
        combo("Status").selectItem("proposed");
        Flag first = list().getRow(0);

        approveButtonOfRow(0).click();

        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Not allowed: only an editor can approve or reject flags.");
        assertThat(flags.find(new FlagQuery(null, FlagStatus.PROPOSED, null, null))).extracting(Flag::id)
                .contains(first.id());
        assertThat(list().getRow(0).status()).isEqualTo(FlagStatus.PROPOSED);
    }

    /** The row's approve button; the grid renders it on demand, so it is not in the view's tree. */
    private Button approveButtonOfRow(int row) {
        HorizontalLayout decisions = (HorizontalLayout) list().getCellComponent(row, 5);
        Button approve = (Button) decisions.getComponentAt(0);
        assertThat(approve.getId()).hasValue("flag-approve-" + list().getRow(row).id());
        return approve;
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<Flag>, Flag> list() {
        return test((Grid<Flag>) $(Grid.class).id("flags"));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<Rendering>, Rendering> renderings() {
        return test((Grid<Rendering>) $(Grid.class).id("renderings"));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBoxTester<ComboBox<T>, T> combo(String label) {
        return test((ComboBox<T>) $(ComboBox.class).withLabel(label).single());
    }

    private List<Long> ids() {
        GridTester<Grid<Flag>, Flag> list = list();
        return IntStream.range(0, list.size()).mapToObj(row -> list.getRow(row).id()).toList();
    }

    private List<String> column(int column) {
        GridTester<Grid<Flag>, Flag> list = list();
        return IntStream.range(0, list.size()).mapToObj(row -> list.getCellText(row, column)).toList();
    }
}
