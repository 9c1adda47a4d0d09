package org.parallax.lexicon.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parallax.core.ingest.TextInput;
import org.parallax.lexicon.GlossarySummary;
import org.parallax.lexicon.LanguagePair;
import org.parallax.lexicon.LearnedEntry;
import org.parallax.lexicon.LexiconService;
import org.parallax.lexicon.PairLexicon;
import org.parallax.ui.ErrorMessage;
import org.parallax.ui.MainLayout;
import org.parallax.users.CurrentUser;
import org.parallax.users.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * The aligner's lexicons: uploaded glossaries (editors upload and delete), what was learned from approved beads per
 * language pair (editors start learning), and a search in the learned pairs.
 */
@Route(value = "lexicon", layout = MainLayout.class)
@PageTitle("Lexicon · Parallax")
@PermitAll
class LexiconView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SHOWN_ENTRIES = 200;

    private final LexiconService lexicons;
    private final String actor;
    private final boolean mayChange;
    private final Grid<GlossarySummary> glossaries = new Grid<>();
    private final Grid<PairLexicon> pairs = new Grid<>();
    private final ComboBox<LanguagePair> searchPair = new ComboBox<>("Language pair");
    private final TextField searchWord = new TextField("Word starts with");
    private final Grid<LearnedEntry> entries = new Grid<>();
    private byte[] uploaded;

    LexiconView(LexiconService lexicons, CurrentUser user) {
        this.lexicons = lexicons;
        this.actor = user.name();
        this.mayChange = user.hasAnyRole(Roles.EDITOR, Roles.ADMIN);
        addClassName("px-page");
        add(new H1("Lexicon"), new Paragraph("Alignments use the glossaries of their language pair (either direction; "
                + "single-word entries) and the word pairs learned from approved beads."));
        add(new H2("Glossaries"), glossaryGrid());
        if (mayChange) {
            add(uploadForm());
        }
        add(new H2("Learned from approved alignments"), pairGrid(), new H2("Learned word pairs"), search());
        refresh();
    }

    private Grid<GlossarySummary> glossaryGrid() {
        glossaries.setId("glossaries");
        glossaries.setAllRowsVisible(true);
        glossaries.addColumn(GlossarySummary::name).setHeader("Name");
        glossaries.addColumn(g -> g.sourceLanguage() + " → " + g.targetLanguage()).setHeader("Languages");
        glossaries.addColumn(GlossarySummary::entries).setHeader("Entries");
        glossaries.addColumn(GlossarySummary::uploadedBy).setHeader("Uploaded by");
        glossaries.addColumn(g -> WHEN.format(g.uploadedAt())).setHeader("Uploaded");
        if (mayChange) {
            glossaries.addComponentColumn(g -> {
                Button delete = new Button("Delete", click -> act(() -> lexicons.deleteGlossary(g.id())));
                delete.setId("glossary-delete-" + g.id());
                return delete;
            }).setHeader("");
        }
        return glossaries;
    }

    private HorizontalLayout uploadForm() {
        TextField name = new TextField("Name");
        name.setId("glossary-name");
        TextField source = new TextField("Source language");
        source.setPlaceholder("en");
        source.setId("glossary-source");
        TextField target = new TextField("Target language");
        target.setPlaceholder("ru");
        target.setId("glossary-target");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded = bytes));
        upload.setId("glossary-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TextInput.MAX_BYTES);
        upload.setAcceptedFileTypes(".tsv", ".txt", "text/tab-separated-values", "text/plain");
        upload.addFileRejectedListener(event -> ErrorMessage.show(event.getErrorMessage()));
        upload.addFileRemovedListener(event -> uploaded = null);
        Button add = new Button("Add glossary", click -> {
            if (uploaded == null) {
                ErrorMessage.show("Choose a glossary file first: one source<TAB>translation pair per line, UTF-8.");
                return;
            }
            act(() -> {
                GlossarySummary stored = lexicons.importGlossary(name.getValue(), source.getValue(), target.getValue(),
                        uploaded, actor);
                Notification.show("Glossary \"" + stored.name() + "\" added: " + stored.entries() + " entries.");
                upload.clearFileList();
                uploaded = null;
            });
        });
        add.setId("glossary-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, source, target, upload, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private Grid<PairLexicon> pairGrid() {
        pairs.setId("learned-pairs");
        pairs.setAllRowsVisible(true);
        pairs.addColumn(p -> p.languages().source() + " → " + p.languages().target()).setHeader("Languages");
        pairs.addColumn(PairLexicon::alignments).setHeader("Alignments");
        pairs.addColumn(PairLexicon::approvedBeads).setHeader("Approved beads");
        pairs.addColumn(PairLexicon::learnedEntries).setHeader("Learned pairs");
        pairs.addColumn(p -> p.learnedAt() == null ? "never" : WHEN.format(p.learnedAt())
                + (p.upToDate() ? "" : " (approvals changed since)")).setHeader("Learned");
        if (mayChange) {
            pairs.addComponentColumn(this::learnButton).setHeader("");
        }
        return pairs;
    }

    private VerticalLayout search() {
        searchPair.setItemLabelGenerator(LanguagePair::toString);
        searchPair.setId("learned-search-pair");
        searchWord.setValueChangeMode(ValueChangeMode.LAZY);
        searchWord.setClearButtonVisible(true);
        searchWord.setId("learned-search-word");
        searchPair.addValueChangeListener(change -> showEntries());
        searchWord.addValueChangeListener(change -> showEntries());
        entries.setId("learned-entries");
        entries.setAllRowsVisible(true);
        entries.addColumn(LearnedEntry::sourceWord).setHeader("Source word");
        entries.addColumn(LearnedEntry::targetWord).setHeader("Target word");
        entries.addColumn(e -> String.format(Locale.ROOT, "%.2f", e.score())).setHeader("Probability");
        entries.addColumn(LearnedEntry::count).setHeader("Approved pairs");
        VerticalLayout block = new VerticalLayout(new HorizontalLayout(searchPair, searchWord), entries);
        block.setPadding(false);
        return block;
    }

    private void showEntries() {
        LanguagePair pair = searchPair.getValue();
        entries.setItems(pair == null ? java.util.List.of()
                : lexicons.learnedEntries(pair, searchWord.getValue(), SHOWN_ENTRIES));
    }

    /** Runs a change, shows a refusal as an error, and refreshes the lists. */
    /** Learning takes seconds on a large pair, so it runs in the background with a progress bar beside the button. */
    private HorizontalLayout learnButton(PairLexicon pair) {
        Button learn = new Button("Learn now");
        learn.setId("learn-" + pair.languages());
        ProgressBar working = new ProgressBar();
        working.setIndeterminate(true);
        working.setVisible(false);
        working.setWidth("4rem");
        learn.addClickListener(click -> {
            UI ui = UI.getCurrent();
            try {
                lexicons.learnInBackground(pair.languages(), actor).whenComplete((learned, failure) -> ui.access(() -> {
                    if (failure == null) {
                        Notification.show(String.format(Locale.ROOT, "%s: %,d word pairs learned.", pair.languages(),
                                learned));
                    } else {
                        ErrorMessage.show("Learning failed: " + failure.getCause().getMessage());
                    }
                    refresh();
                }));
            } catch (AccessDeniedException e) {
                ErrorMessage.show(e.getMessage());
                return;
            }
            learn.setEnabled(false);
            working.setVisible(true);
        });
        HorizontalLayout cell = new HorizontalLayout(learn, working);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            ErrorMessage.show(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        glossaries.setItems(lexicons.glossaries());
        var known = lexicons.pairs();
        pairs.setItems(known);
        LanguagePair chosen = searchPair.getValue();
        searchPair.setItems(known.stream().map(PairLexicon::languages).toList());
        searchPair.setValue(chosen != null ? chosen : known.stream().map(PairLexicon::languages).findFirst().orElse(null));
        showEntries();
    }
}
