package org.parallax.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.parallax.core.ingest.TextInput;
import org.parallax.ingest.ImportJobs;
import org.parallax.ingest.ImportRequest;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ParallelImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.library.WorkSummary;

/**
 * Import a text (uploaded .txt/.md file or pasted) into a new or existing work. The import runs in the background
 * with a progress bar; a refused file is explained in the dialog and nothing is stored.
 */
public class ImportDialog extends Dialog {

    private static final String DETECT = "detect automatically";
    private static final List<String> LANGUAGES =
            List.of(DETECT, "en", "ru", "de", "fr", "es", "uk", "pl", "ja", "zh-Hans");

    private final ImportJobs jobs;
    private final ParallelImportService parallelImport;
    private final Runnable onImported;
    private final String actor;
    private final ComboBox<String> work = new ComboBox<>("Work");
    private final TextField title = new TextField("Title of this version");
    private final ComboBox<String> language = new ComboBox<>("Language", LANGUAGES);
    private final RadioButtonGroup<VersionRole> role = new RadioButtonGroup<>("Role");
    private final TextField translator = new TextField("Translator");
    private final TextField date = new TextField("Date");
    private final TextArea pasted = new TextArea("Text");
    private final ProgressBar progress = new ProgressBar();
    private final Span message = new Span();
    private final Button importButton = new Button("Import");
    private final List<WorkSummary> works;
    private byte[] uploaded;
    private String uploadedName;

    public ImportDialog(ImportJobs jobs, ParallelImportService parallelImport, LibraryService library, String actor,
                        Runnable onImported) {
        this.actor = actor;
        this.jobs = jobs;
        this.parallelImport = parallelImport;
        this.onImported = onImported;
        this.works = library.works();
        setHeaderTitle("Import a text");
        setWidth("min(56rem, 95vw)");
        add(form(), sourceTabs(), status());
        Button cancel = new Button("Cancel", click -> close());
        importButton.setId("import-start");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> start());
        getFooter().add(cancel, importButton);
    }

    private FormLayout form() {
        work.setItems(works.stream().map(WorkSummary::title).toList());
        work.setAllowCustomValue(true);
        work.addCustomValueSetListener(event -> work.setValue(event.getDetail()));
        work.setHelperText("Pick a work, or type a new title to create one");
        work.setId("import-work");
        title.setId("import-title");
        title.setHelperText("Left empty: taken from the document or the file name");
        language.setValue(DETECT);
        language.setId("import-language");
        role.setItems(VersionRole.values());
        role.setItemLabelGenerator(value -> value == VersionRole.SOURCE ? "source text" : "translation");
        role.setValue(VersionRole.TRANSLATION);
        FormLayout form = new FormLayout(work, title, language, role, translator, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private TabSheet sourceTabs() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            uploaded = bytes;
            uploadedName = metadata.fileName();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TextInput.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".tmx", "text/plain", "text/markdown", "application/x-tmx+xml");
        upload.addFileRejectedListener(event -> showError(event.getErrorMessage()));
        upload.addFileRemovedListener(event -> uploaded = null);
        pasted.setWidthFull();
        pasted.setHeight("12rem");
        pasted.setId("import-text");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Upload a file (.txt, .md; UTF-8; or a .tmx parallel document)", new Div(upload));
        tabs.add("Paste text", pasted);
        return tabs;
    }

    private Div status() {
        progress.setVisible(false);
        progress.setId("import-progress");
        message.setId("import-message");
        Div status = new Div(progress, message);
        status.setWidthFull();
        return status;
    }

    private void start() {
        byte[] content = uploaded != null ? uploaded : pasted.getValue().getBytes(StandardCharsets.UTF_8);
        String fileName = uploaded != null ? uploadedName : null;
        String workTitle = work.getValue() == null || work.getValue().isBlank() ? null : work.getValue().strip();
        if (workTitle == null) {
            showError("Choose a work, or type a title for a new one.");
            return;
        }
        if (fileName != null && fileName.toLowerCase().endsWith(".tmx")) {
            importParallel(content, workTitle);
            return;
        }
        String workSlug = works.stream().filter(w -> w.title().equals(workTitle)).map(WorkSummary::slug)
                .findFirst().orElse(null);
        ImportRequest request = new ImportRequest(workSlug, workTitle, fileName,
                content, DETECT.equals(language.getValue()) ? null : language.getValue(), role.getValue(),
                title.getValue(), translator.getValue(), date.getValue(), null, null, null, null);
        importButton.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        message.setText("Importing…");
        message.getElement().getClassList().remove("px-error");
        UI ui = UI.getCurrent();
        jobs.submit(request, fraction -> ui.access(() -> progress.setValue(fraction)))
                .whenComplete((result, failure) -> ui.access(() -> finish(result, failure)));
    }

    /** A TMX file becomes two versions and their alignment, at once (parsing is fast; no background job). */
    private void importParallel(byte[] tmx, String workTitle) {
        try {
            long alignmentId = parallelImport.importTmx(tmx, workTitle, actor);
            close();
            onImported.run();
            UI.getCurrent().navigate("alignments/" + alignmentId);
        } catch (IllegalArgumentException e) {
            showError("Not imported: " + e.getMessage());
        }
    }

    private void finish(ImportResult result, Throwable failure) {
        importButton.setEnabled(true);
        progress.setVisible(false);
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            showError("Not imported: " + cause.getMessage());
            return;
        }
        Notification.show("Imported: " + result.paragraphs() + " paragraphs, " + result.sentences()
                + " sentences (" + result.language() + "), " + result.repairs().size() + " repairs");
        close();
        onImported.run();
    }

    private void showError(String text) {
        message.setText(text);
        message.getElement().getClassList().add("px-error");
    }
}
