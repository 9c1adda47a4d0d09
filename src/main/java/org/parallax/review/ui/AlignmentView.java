package org.parallax.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.parallax.core.review.BeadStatus;
import org.parallax.export.ExportService;
import org.parallax.flags.FlagService;
import org.parallax.flags.SourceLinkService;
import org.parallax.flags.ui.FlagList;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.AlignmentTexts;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.ui.MainLayout;
import org.parallax.users.CurrentUser;

/**
 * The alignment editor: beads side by side (source | target | confidence | status) in a virtually scrolled grid,
 * the selected bead's details and history beside it, keyboard shortcuts for every frequent action, undo and redo.
 * Polls for other users' changes so a stale view refreshes instead of overwriting.
 */
@Route(value = "alignments/:id", layout = MainLayout.class)
@PermitAll
public class AlignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 3000;

    private final ReviewService review;
    private final AlignmentJobs jobs;
    private final ExportService exports;
    private final CurrentUser user;
    private final FlagService flagService;
    private final SourceLinkService sourceLinks;
    private final Button flagsToggle = new Button();
    private FlagList flagList;
    private final Grid<BeadRow> grid = new Grid<>();
    private final MultiSelectComboBox<BeadStatus> statusFilter = new MultiSelectComboBox<>("Show");
    private final IntegerField goTo = new IntegerField("Go to bead #");
    private final IntegerField goToSentence = new IntegerField("Go to source sentence #");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private long alignmentId;
    private long seenRevision;
    private long seenTextRevision;
    private AlignmentTexts texts;
    private BeadActions actions;
    private BeadPanel panel;
    private String title = "Alignment · Parallax";

    AlignmentView(ReviewService review, AlignmentJobs jobs, ExportService exports, CurrentUser user,
                  FlagService flagService, SourceLinkService sourceLinks) {
        this.user = user;
        this.flagService = flagService;
        this.sourceLinks = sourceLinks;
        this.review = review;
        this.jobs = jobs;
        this.exports = exports;
        addClassName("px-editor");
        setSizeFull();
    }

    /** Opens the editor on an alignment. */
    public static void open(UI ui, long alignmentId) {
        ui.navigate(AlignmentView.class, new RouteParameters("id", String.valueOf(alignmentId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        alignmentId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        AlignmentSummary alignment = review.alignment(alignmentId).orElseThrow(NotFoundException::new);
        texts = review.texts(alignmentId);
        seenRevision = alignment.revision();
        seenTextRevision = review.textRevision(alignmentId);
        title = alignment.sourceTitle() + " ↔ " + alignment.targetTitle() + " · Parallax";
        actions = new BeadActions(review, alignmentId, user.name(), texts, this::afterChange);
        BeadFlags beadFlags = new BeadFlags(flagService, sourceLinks, alignmentId, alignment.sourceVersionId(),
                alignment.targetVersionId(), user.name(), this::afterFlagged);
        panel = new BeadPanel(actions, texts, beadFlags);
        flagList = new FlagList(flagService, () -> flagService.ofVersion(alignment.targetVersionId()), user.name(),
                false);
        removeAll();
        add(header(alignment), toolbar(), body());
        configureGrid();
        registerShortcuts();
        refreshProgress();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        ui.addPollListener(poll -> refreshIfChangedElsewhere());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Div header(AlignmentSummary alignment) {
        H1 heading = new H1(alignment.sourceTitle() + " ↔ " + alignment.targetTitle());
        Span languages = new Span(alignment.sourceLanguage() + " → " + alignment.targetLanguage() + " · made by "
                + alignment.createdBy());
        languages.addClassName("px-subtle");
        progress.setId("review-progress");
        progressText.setId("review-progress-text");
        Div progressBlock = new Div(progress, progressText);
        progressBlock.addClassName("px-review-progress");
        Div header = new Div(new Anchor("", "← Library"), heading, languages, progressBlock,
                new ExportLinks(alignmentId, exports));
        header.addClassName("px-editor-header");
        return header;
    }

    private HorizontalLayout toolbar() {
        statusFilter.setItems(BeadStatus.values());
        statusFilter.setItemLabelGenerator(status -> status.name().toLowerCase());
        statusFilter.setPlaceholder("all statuses");
        statusFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        goTo.setId("goto-bead");
        goTo.setMin(1);
        goTo.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                selectRow(change.getValue() - 1);
            }
        });
        goToSentence.setMin(1);
        goToSentence.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                review.beadWithSourceSentence(alignmentId, change.getValue() - 1).ifPresentOrElse(this::selectBead,
                        () -> Notification.show("There is no source sentence #" + change.getValue()));
            }
        });
        Button next = new Button("Next unreviewed (N)", click -> nextUnreviewed());
        Button lowest = new Button("Lowest confidence (L)", click -> lowestConfidence());
        Button undo = new Button("Undo", click -> actions.undo());
        undo.setId("undo");
        Button redo = new Button("Redo", click -> actions.redo());
        redo.setId("redo");
        Button realign = new Button("Re-align unapproved…",
                click -> new RealignDialog(alignmentId, jobs, user.name(), () -> afterChange(Optional.empty())).open());
        realign.setId("realign");
        Button help = new Button("Shortcuts (?)", click -> new ShortcutHelp().open());
        flagsToggle.setId("flags-toggle");
        flagsToggle.addClickListener(click -> toggleFlags());
        HorizontalLayout toolbar = new HorizontalLayout(statusFilter, goTo, goToSentence, next, lowest, undo, redo,
                realign, flagsToggle, help);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("px-toolbar");
        return toolbar;
    }

    private HorizontalLayout body() {
        flagList.addClassName("px-editor-flags");
        flagList.setVisible(false);
        flagsToggle.setText("Flags of this alignment");
        HorizontalLayout body = new HorizontalLayout(grid, panel, flagList);
        body.setSizeFull();
        body.setFlexGrow(3, grid);
        body.setFlexGrow(1, panel);
        return body;
    }

    /** The right side shows either the selected bead or every flag on the target version. */
    private void toggleFlags() {
        boolean showFlags = !flagList.isVisible();
        flagList.setVisible(showFlags);
        panel.setVisible(!showFlags);
        flagsToggle.setText(showFlags ? "Back to the bead" : "Flags of this alignment");
        if (showFlags) {
            flagList.refresh();
        } else {
            showSelected();
        }
    }

    private void afterFlagged() {
        flagList.refresh();
        showSelected();
    }

    private void configureGrid() {
        grid.setId("beads");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(row -> row.row() + 1).setHeader("#").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> side(texts.sourceOf(row.bead().range()), texts.sourceLanguage())))
                .setHeader("Source (" + texts.sourceLanguage() + ")").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(row -> side(texts.targetOf(row.bead().range()), texts.targetLanguage())))
                .setHeader("Target (" + texts.targetLanguage() + ")").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(row -> Badges.confidence(row.bead().bead().confidence())))
                .setHeader("Conf.").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> Badges.status(row.bead().status())))
                .setHeader("Status").setWidth("7rem").setFlexGrow(0);
        grid.setItems(query -> {
            List<StoredBead> page = review.page(alignmentId, filter(), query.getOffset(), query.getLimit());
            return IntStream.range(0, page.size()).mapToObj(i -> new BeadRow(query.getOffset() + i, page.get(i)));
        }, query -> review.count(alignmentId, filter()));
        grid.addSelectionListener(selection -> showSelected());
        grid.addCellFocusListener(focus -> focus.getItem().ifPresent(grid::select));
    }

    private static Span side(String text, String language) {
        Span shown = new Span(text.isEmpty() ? "—" : text);
        shown.getElement().setAttribute("lang", language);
        shown.addClassName(text.isEmpty() ? "px-empty-side" : "px-side");
        return shown;
    }

    private void registerShortcuts() {
        shortcut(Key.KEY_A, () -> selected().ifPresent(actions::approve));
        shortcut(Key.KEY_R, () -> selected().ifPresent(actions::reject));
        shortcut(Key.KEY_M, () -> selected().ifPresent(actions::mergeWithNext));
        shortcut(Key.KEY_S, () -> selected().ifPresent(actions::split));
        shortcut(Key.KEY_U, () -> selected().ifPresent(actions::unlink));
        shortcut(Key.KEY_E, () -> selected().ifPresent(actions::editSentences));
        shortcut(Key.KEY_N, this::nextUnreviewed);
        shortcut(Key.KEY_L, this::lowestConfidence);
        Shortcuts.addShortcutListener(this, () -> selected().ifPresent(actions::approveAllAbove), Key.KEY_A,
                KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(this, () -> selected().ifPresent(actions::mergeWithPrevious), Key.KEY_M,
                KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(this, actions::undo, Key.KEY_Z, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, actions::redo, Key.KEY_Y, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, () -> new ShortcutHelp().open(), Key.of("?"));
        shortcut(Key.KEY_G, goTo::focus);
        shortcut(Key.KEY_F, panel::flagSelection);
    }

    /** Single-key shortcuts act only while the grid has the focus, so typing in a field never triggers them. */
    private void shortcut(Key key, Command action) {
        Shortcuts.addShortcutListener(grid, action, key).listenOn(grid);
    }

    private BeadFilter filter() {
        return new BeadFilter(statusFilter.getValue());
    }

    private Optional<StoredBead> selected() {
        return grid.getSelectedItems().stream().findFirst().map(BeadRow::bead);
    }

    private void showSelected() {
        Optional<StoredBead> bead = selected();
        if (bead.isPresent()) {
            panel.show(bead.get(), review.history(alignmentId, bead.get().id()));
        } else {
            panel.showNothing();
        }
    }

    private void afterChange(Optional<StoredBead> select) {
        seenRevision = review.revision(alignmentId);
        reloadTextsIfEdited();
        grid.getDataProvider().refreshAll();
        refreshProgress();
        select.ifPresentOrElse(this::selectBead, () -> {
            grid.deselectAll();
            panel.showNothing();
        });
    }

    private void selectBead(StoredBead bead) {
        int row = statusFilter.getValue().isEmpty() ? review.positionOf(alignmentId, bead.id()) : -1;
        if (row < 0) {
            grid.select(new BeadRow(0, bead));
            return;
        }
        BeadRow shown = new BeadRow(row, bead);
        grid.select(shown);
        grid.scrollToIndex(row);
    }

    private void selectRow(int row) {
        List<StoredBead> page = review.page(alignmentId, filter(), Math.max(row, 0), 1);
        if (page.isEmpty()) {
            Notification.show("There is no bead #" + (row + 1));
            return;
        }
        grid.select(new BeadRow(row, page.getFirst()));
        grid.scrollToIndex(row);
    }

    private void nextUnreviewed() {
        int position = selected().map(bead -> review.positionOf(alignmentId, bead.id())).orElse(-1);
        review.nextUnreviewed(alignmentId, position).ifPresentOrElse(this::selectBead,
                () -> Notification.show("No unreviewed bead after this one"));
    }

    private void lowestConfidence() {
        review.lowestConfidenceUnreviewed(alignmentId).ifPresentOrElse(this::selectBead,
                () -> Notification.show("Every bead is reviewed"));
    }

    private void refreshProgress() {
        AlignmentSummary alignment = review.alignment(alignmentId).orElseThrow();
        progress.setValue(alignment.progress());
        progressText.setText(String.format("%.0f%% approved · %d of %d beads · %d rejected",
                alignment.progress() * 100, alignment.approved(), alignment.beads(), alignment.rejected()));
    }

    private void refreshIfChangedElsewhere() {
        long revision = review.revision(alignmentId);
        if (revision != seenRevision) {
            seenRevision = revision;
            reloadTextsIfEdited();
            grid.getDataProvider().refreshAll();
            refreshProgress();
            showSelectedIfStillThere();
            Notification.show("Someone else changed this alignment; the view is up to date.");
        }
    }

    /** A sentence edit (here or in another alignment of either version) changed the texts: show the new ones. */
    private void reloadTextsIfEdited() {
        long textRevision = review.textRevision(alignmentId);
        if (textRevision != seenTextRevision) {
            seenTextRevision = textRevision;
            texts = review.texts(alignmentId);
            actions.texts(texts);
            panel.texts(texts);
        }
    }

    private void showSelectedIfStillThere() {
        Optional<StoredBead> bead = selected().flatMap(b -> review.bead(b.id()));
        bead.ifPresentOrElse(this::selectBead, () -> {
            grid.deselectAll();
            panel.showNothing();
        });
    }
}
