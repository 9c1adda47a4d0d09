package org.parallax.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.parallax.ingest.ImportJobs;
import org.parallax.ingest.ParallelImportService;
import org.parallax.ingest.ui.ImportDialog;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.ReviewService;
import org.parallax.review.ui.WorkAlignments;
import org.parallax.ui.MainLayout;
import org.parallax.users.CurrentUser;
import org.parallax.users.Roles;

/** The library: every work with its versions; a click opens a version. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Library · Parallax")
@PermitAll
class LibraryView extends VerticalLayout {

    private final LibraryService library;
    private final ReviewService review;
    private final AlignmentJobs aligner;
    private final CurrentUser user;
    private final Div works = new Div();

    LibraryView(LibraryService library, ImportJobs importer, ParallelImportService parallelImport,
                ReviewService review, AlignmentJobs aligner, CurrentUser user) {
        this.library = library;
        this.review = review;
        this.aligner = aligner;
        this.user = user;
        addClassName("px-page");
        H1 title = new H1("Library");
        HorizontalLayout heading = new HorizontalLayout(title);
        if (user.hasAnyRole(Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN)) {
            heading.add(importButton(importer, parallelImport));
        }
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWidthFull();
        heading.expand(title);
        works.setWidthFull();
        add(heading, works);
        refresh();
    }

    private Button importButton(ImportJobs importer, ParallelImportService parallelImport) {
        Button button = new Button("Import text…", VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(importer, parallelImport, library, user.name(), this::refresh).open());
        button.setId("import-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void refresh() {
        works.removeAll();
        for (WorkSummary work : library.works()) {
            works.add(workCard(work));
        }
    }

    private Div workCard(WorkSummary work) {
        Div card = new Div();
        card.addClassName("px-work");
        card.setId("work-" + work.slug());
        card.add(new H2(work.title()));
        if (work.description() != null) {
            card.add(new Paragraph(work.description()));
        }
        Grid<VersionSummary> versions = new Grid<>();
        versions.addClassName("px-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.setAllRowsVisible(true);
        versions.addColumn(VersionSummary::title).setHeader("Version").setFlexGrow(4);
        versions.addColumn(VersionSummary::language).setHeader("Language").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(version -> version.role().name().toLowerCase()).setHeader("Role").setAutoWidth(true)
                .setFlexGrow(0);
        versions.addColumn(version -> orDash(version.translator())).setHeader("Translator").setFlexGrow(2);
        versions.addColumn(version -> orDash(version.date())).setHeader("Date").setFlexGrow(2);
        versions.addColumn(VersionSummary::paragraphs).setHeader("Paragraphs").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(VersionSummary::sentences).setHeader("Sentences").setAutoWidth(true).setFlexGrow(0);
        versions.setItems(work.versions());
        versions.addItemClickListener(click -> getUI().ifPresent(
                ui -> VersionView.open(ui, click.getItem().id())));
        card.add(versions, new WorkAlignments(work.id(), work.versions(), review, aligner, user.name()));
        return card;
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
