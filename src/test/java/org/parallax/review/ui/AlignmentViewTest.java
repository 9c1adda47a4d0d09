package org.parallax.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxViewTest;
import org.parallax.core.review.BeadStatus;
import org.parallax.library.LibraryService;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.BeadChange;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.users.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The alignment editor without a browser: the real view on the real services, over Jonah (KJV against the
 * WEB-derived text) aligned afresh by the standard aligner for every test.
 */
@WithMockUser(username = AlignmentViewTest.EDITOR, roles = {"EDITOR", "TRANSLATOR"})
class AlignmentViewTest extends ParallaxViewTest {

    static final String EDITOR = "edith";

    @Autowired
    ReviewService review;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    LibraryService library;

    long alignment;
    int beads;

    @BeforeEach
    void alignJonah() {
        WorkSummary jonah = library.work("jonah").orElseThrow();
        long sourceId = jonah.version("kjv").orElseThrow().id();
        long targetId = jonah.version("web-derived").orElseThrow().id();
        alignment = SystemAuthentication.call(() -> jobs.alignNow(sourceId, targetId,
                "aligner", done -> { }, new AtomicBoolean()));
        beads = review.count(alignment, BeadFilter.ALL);
    }

    @Test
    void shouldShowEveryBeadOfTheAlignmentWithItsTitleAndNoProgress() {
        open();

        AlignmentSummary summary = review.alignment(alignment).orElseThrow();
        assertThat($(H1.class).single().getText()).isEqualTo(summary.sourceTitle() + " ↔ " + summary.targetTitle());
        assertThat(beads).isGreaterThan(40);
        assertThat(grid().size()).isEqualTo(beads);
        assertThat(grid().getCellText(0, 0)).isEqualTo("1");
        assertThat(grid().getCellText(beads - 1, 0)).isEqualTo(String.valueOf(beads));
        assertThat(grid().getRow(beads - 1).bead()).isEqualTo(bead(beads - 1));
        assertThat(progressText()).isEqualTo("0% approved · 0 of " + beads + " beads · 0 rejected");
    }

    @Test
    void shouldApproveTheSelectedBeadAndRollOnToTheNextUnreviewed() {
        review.approve(alignment, bead(1).ref(), EDITOR);
        open();

        grid().select(0);
        click("bead-approve");

        assertThat(bead(0).status()).isEqualTo(BeadStatus.APPROVED);
        assertThat(progressText()).isEqualTo(Math.round(200.0 / beads) + "% approved · 2 of " + beads
                + " beads · 0 rejected");
        assertThat(selected()).isEqualTo(bead(2));
        BeadChange newest = review.history(alignment, bead(0).id()).getFirst();
        assertThat(newest.operation()).isEqualTo("approve");
        assertThat(newest.actor()).isEqualTo(EDITOR);
        assertThat(newest.after()).singleElement().satisfies(after -> {
            assertThat(after.range()).isEqualTo(bead(0).range());
            assertThat(after.status()).isEqualTo(BeadStatus.APPROVED);
        });
        grid().select(0);
        String type = bead(0).range().type();
        assertThat($(Span.class).withTextContaining(" by " + EDITOR + ", ").first().getText())
                .matches("approve by edith, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d: " + type + " auto → " + type + " approved");
    }

    @Test
    void shouldNarrowTheGridToTheChosenStatuses() {
        review.approve(alignment, bead(3).ref(), EDITOR);
        review.reject(alignment, bead(7).ref(), EDITOR);
        open();

        statusFilter().selectItem("approved");

        assertThat(grid().size()).isEqualTo(1);
        assertThat(grid().getRow(0).bead()).isEqualTo(bead(3));

        statusFilter().selectItem("approved", "rejected");

        assertThat(grid().size()).isEqualTo(2);
        assertThat(List.of(grid().getRow(0).bead(), grid().getRow(1).bead())).containsExactly(bead(3), bead(7));
        assertThat(grid().getCellText(1, 0)).isEqualTo("2");
    }

    @Test
    void shouldJumpToTheNextUnreviewedAndTheLowestConfidenceBead() {
        review.approve(alignment, bead(0).ref(), EDITOR);
        review.approve(alignment, bead(1).ref(), EDITOR);
        review.reject(alignment, bead(2).ref(), EDITOR);
        open();
        grid().select(0);

        click(button("Next unreviewed (N)"));

        assertThat(selected()).isEqualTo(bead(3));

        click(button("Lowest confidence (L)"));

        StoredBead leastConfident = review.page(alignment, BeadFilter.ALL, 0, beads).stream()
                .filter(b -> b.status() == BeadStatus.AUTO)
                .min(Comparator.comparingDouble(b -> b.bead().confidence())).orElseThrow();
        assertThat(selected().bead().confidence()).isEqualTo(leastConfident.bead().confidence());
        assertThat(selected().status()).isEqualTo(BeadStatus.AUTO);
    }

    @Test
    void shouldGoToABeadByItsNumber() {
        open();

        test($(IntegerField.class).id("goto-bead")).setValue(17);

        assertThat(selected()).isEqualTo(bead(16));
        assertThat($(H3.class).withText("Bead " + bead(16).range().type()).exists()).isTrue();
    }

    @Test
    void shouldUndoAMergeMadeInTheEditor() {
        StoredBead third = bead(2);
        StoredBead fourth = bead(3);
        open();
        grid().select(2);

        click("bead-merge-next");

        assertThat(grid().size()).isEqualTo(beads - 1);
        assertThat(bead(2).range().sourceStart()).isEqualTo(third.range().sourceStart());
        assertThat(bead(2).range().sourceEnd()).isEqualTo(fourth.range().sourceEnd());
        assertThat(bead(2).status()).isEqualTo(BeadStatus.EDITED);

        click("undo");

        assertThat(grid().size()).isEqualTo(beads);
        assertThat(List.of(bead(2).range(), bead(3).range())).containsExactly(third.range(), fourth.range());
        assertThat(bead(2).status()).isEqualTo(third.status());
        assertThat(bead(2).bead().confidence()).isEqualTo(third.bead().confidence());
        assertThat(grid().getRow(2).bead().range()).isEqualTo(third.range());
    }

    @Test
    void shouldApproveWithAWhileTheGridHasTheFocusAndUndoWithControlZ() {
        open();
        grid().select(0);

        // Single-key shortcuts listen on the grid only; the browserless helper presses keys on a given component.
        ShortcutsKt._fireShortcut($(Grid.class).id("beads"), Key.KEY_A);

        assertThat(bead(0).status()).isEqualTo(BeadStatus.APPROVED);
        assertThat(selected()).isEqualTo(bead(1));

        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL);

        assertThat(bead(0).status()).isEqualTo(BeadStatus.AUTO);
        assertThat(progressText()).startsWith("0% approved · 0 of " + beads);
    }

    @Test
    void shouldNotApproveWhenAIsTypedOutsideTheGrid() {
        open();
        grid().select(0);

        fireShortcut(Key.KEY_A);

        assertThat(bead(0).status()).isEqualTo(BeadStatus.AUTO);
        assertThat(selected()).isEqualTo(bead(0));
    }

    @Test
    @WithMockUser(username = "tanja", roles = "TRANSLATOR")
    void shouldRefuseATranslatorsApprovalAndSaySo() {
        open();
        grid().select(0);

        click("bead-approve");

        assertThat(bead(0).status()).isEqualTo(BeadStatus.AUTO);
        assertThat(progressText()).startsWith("0% approved · 0 of " + beads);
        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Not allowed: only an editor can approve or reject; translators change links and sentences.");
    }

    private void open() {
        navigate("alignments/" + alignment, AlignmentView.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<BeadRow>, BeadRow> grid() {
        return test((Grid<BeadRow>) $(Grid.class).id("beads"));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.combobox.MultiSelectComboBoxTester<MultiSelectComboBox<BeadStatus>, BeadStatus>
            statusFilter() {
        return test((MultiSelectComboBox<BeadStatus>) $(MultiSelectComboBox.class).single());
    }

    private StoredBead selected() {
        return grid().getSelected().stream().findFirst().orElseThrow().bead();
    }

    private String progressText() {
        return $(Span.class).id("review-progress-text").getText();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private void click(String id) {
        click($(Button.class).id(id));
    }

    private void click(Button button) {
        test(button).click();
    }

    private StoredBead bead(int position) {
        return review.page(alignment, BeadFilter.ALL, position, 1).getFirst();
    }
}
