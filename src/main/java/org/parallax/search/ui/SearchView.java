package org.parallax.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.parallax.search.SearchService;
import org.parallax.ui.MainLayout;

/** Search every version and read the hits as a bilingual concordance. */
@Route(value = "search", layout = MainLayout.class)
@PermitAll
@PageTitle("Search · Parallax")
public class SearchView extends VerticalLayout {

    private static final String ANY = "";
    private static final String WORDS = "Words";
    private static final String REGEX = "Regular expression";

    private final SearchService search;
    private final TextField query = new TextField();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final Select<String> work = new Select<>();
    private final Select<String> version = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<String> beadStatus = new Select<>();
    private final Checkbox flaggedOnly = new Checkbox("Flagged sentences only");
    private final Span status = new Span();
    private final Span help = new Span();
    private final Grid<SearchHit> hits = new Grid<>();

    SearchView(SearchService search) {
        this.search = search;
        addClassName("px-search");
        setSizeFull();
        List<WorkSummary> works = search.works();
        query.setId("search-query");
        query.setPlaceholder("e.g. Nineveh, \"great city\", человек, 人人");
        query.setWidth("24rem");
        query.addKeyPressListener(Key.ENTER, enter -> run());
        mode.setItems(WORDS, REGEX);
        mode.setValue(WORDS);
        mode.addValueChangeListener(change -> explainMode());
        filters(works);
        Button go = new Button("Search", click -> run());
        go.setId("search-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(query, go, mode);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filterBar = new HorizontalLayout(work, version, language, beadStatus, flaggedOnly);
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        help.addClassName("px-subtle");
        status.setId("search-status");
        status.addClassName("px-subtle");
        hits.setId("search-hits");
        hits.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        hits.addColumn(new ComponentRenderer<>(ConcordanceLine::new)).setHeader("Hits in context, with the aligned sentences");
        hits.setSizeFull();
        explainMode();
        add(new H1("Search"), new Anchor("compare", "Compare versions →"), bar, help, filterBar, status, hits);
    }

    private void filters(List<WorkSummary> works) {
        work.setLabel("Work");
        work.setId("search-work");
        work.setItems(concat(works.stream().map(WorkSummary::slug).toList()));
        work.setItemLabelGenerator(slug -> slug.isEmpty() ? "any" : works.stream()
                .filter(w -> w.slug().equals(slug)).findFirst().map(WorkSummary::title).orElse(slug));
        work.setValue(ANY);
        List<VersionSummary> versions = works.stream().flatMap(w -> w.versions().stream()).toList();
        version.setLabel("Version");
        version.setId("search-version");
        version.setItems(concat(versions.stream().map(VersionSummary::slug).distinct().sorted().toList()));
        version.setItemLabelGenerator(slug -> slug.isEmpty() ? "any" : slug);
        version.setValue(ANY);
        language.setLabel("Language");
        language.setId("search-language");
        language.setItems(concat(versions.stream().map(VersionSummary::language).distinct().sorted().toList()));
        language.setItemLabelGenerator(tag -> tag.isEmpty() ? "any" : Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH)
                + " (" + tag + ")");
        language.setValue(ANY);
        beadStatus.setLabel("Aligned with status");
        beadStatus.setId("search-bead-status");
        beadStatus.setItems(ANY, "auto", "edited", "approved", "rejected");
        beadStatus.setItemLabelGenerator(value -> value.isEmpty() ? "any" : value);
        beadStatus.setValue(ANY);
        flaggedOnly.setId("search-flagged-only");
    }

    private static List<String> concat(List<String> values) {
        return Stream.concat(Stream.of(ANY), values.stream()).toList();
    }

    private void explainMode() {
        help.setText(Objects.equals(mode.getValue(), REGEX)
                ? "A regular expression matches one whole indexed word, in lower case (Lucene syntax): nin.*h finds "
                        + "Nineveh; (unto|to) finds either word. It does not cross spaces. Chinese and Japanese are "
                        + "indexed as characters and pairs of characters."
                : "All words must occur in the sentence, in any order; \"quoted words\" must occur together. Case and "
                        + "width are ignored; no stemming.");
    }

    private void run() {
        SearchQuery request = new SearchQuery(query.getValue(), Objects.equals(mode.getValue(), REGEX)
                ? SearchQuery.Mode.REGEX : SearchQuery.Mode.WORDS, blankToNull(work.getValue()),
                blankToNull(version.getValue()), blankToNull(language.getValue()), 200,
                blankToNull(beadStatus.getValue()), flaggedOnly.getValue());
        try {
            SearchResult result = search.search(request);
            hits.setItems(result.hits());
            status.setText(String.format(Locale.ROOT, "%d sentence%s match%s (%.1f ms)%s", result.total(),
                    result.total() == 1 ? "" : "s", result.total() == 1 ? "es" : "", result.searchMicros() / 1000.0,
                    result.total() > result.hits().size() ? "; showing the first " + result.hits().size() : ""));
            status.removeClassName("px-error");
        } catch (IllegalArgumentException e) {
            hits.setItems(List.of());
            status.setText(e.getMessage());
            status.addClassName("px-error");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
