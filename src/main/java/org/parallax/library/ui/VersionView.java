package org.parallax.library.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.parallax.flags.FlagService;
import org.parallax.flags.ui.FlagList;
import org.parallax.flags.ui.FlaggedBody;
import org.parallax.library.LibraryService;
import org.parallax.users.CurrentUser;
import org.parallax.library.RepairNoteView;
import org.parallax.library.VersionMetadata;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionText;
import org.parallax.ui.MainLayout;

/** One version: its metadata, its paragraphs split into sentences, what the importer repaired, and the raw text. */
@Route(value = "versions/:id", layout = MainLayout.class)
@PermitAll
class VersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LibraryService library;
    private final FlagService flags;
    private final CurrentUser user;
    private String title = "Version · Parallax";

    VersionView(LibraryService library, FlagService flags, CurrentUser user) {
        this.library = library;
        this.flags = flags;
        this.user = user;
        addClassName("px-page");
    }

    static void open(UI ui, long versionId) {
        ui.navigate(VersionView.class, new RouteParameters("id", String.valueOf(versionId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        VersionText version = library.version(id).orElseThrow(NotFoundException::new);
        title = version.metadata().title() + " · Parallax";
        removeAll();
        add(new Anchor("", "← Library"), new H1(version.metadata().title()), metadataList(version),
                tabs(version));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Div metadataList(VersionText version) {
        VersionMetadata m = version.metadata();
        Div list = new Div();
        list.addClassName("px-metadata");
        field(list, "Language", m.language());
        field(list, "Role", m.role().name().toLowerCase());
        field(list, "Translator", m.translator());
        field(list, "Date", m.date());
        field(list, "Original language", m.originalLanguage());
        field(list, "Citation", m.citation());
        field(list, "Summary", m.summary());
        field(list, "Provenance", m.provenance());
        field(list, "License", m.license());
        field(list, "Counts", version.paragraphs().size() + " paragraphs, " + version.summary().sentences()
                + " sentences");
        if (m.role() == VersionRole.TRANSLATION) {
            field(list, "Source text", "not in the library yet: import it into this work to align");
        }
        return list;
    }

    private static void field(Div list, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span name = new Span(label);
        name.addClassName("px-field-name");
        Span text = new Span(value);
        text.addClassName("px-field-value");
        list.add(new Div(name, text));
    }

    private TabSheet tabs(VersionText version) {
        long versionId = version.summary().id();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Text", new FlaggedBody(version, flags.ofVersion(versionId)));
        tabs.add("Flags (" + flags.ofVersion(versionId).size() + ")",
                new FlagList(flags, () -> flags.ofVersion(versionId), user.name(), false));
        tabs.add("Repairs (" + version.repairNotes().size() + ")", repairs(version));
        Pre raw = new Pre(version.rawText());
        raw.addClassName("px-raw");
        tabs.add("As received", raw);
        return tabs;
    }

    private static Div repairs(VersionText version) {
        Div repairs = new Div();
        if (version.repairNotes().isEmpty()) {
            repairs.add(new Paragraph("The text needed no repair."));
            return repairs;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("px-repairs");
        for (RepairNoteView note : version.repairNotes()) {
            String where = note.paragraph() == null ? "" : " (paragraph " + (note.paragraph() + 1) + ")";
            Span kind = new Span(note.kind().toLowerCase().replace('_', ' ') + where);
            kind.addClassName("px-repair-kind");
            list.add(new ListItem(kind, new Span(" " + note.detail())));
        }
        repairs.add(list);
        return repairs;
    }
}
