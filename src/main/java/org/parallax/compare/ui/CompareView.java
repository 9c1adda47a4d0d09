package org.parallax.compare.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parallax.compare.Comparison;
import org.parallax.compare.ComparisonExport;
import org.parallax.compare.ComparisonService;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;
import org.parallax.ui.MainLayout;
import org.parallax.users.CurrentUser;

/**
 * Versions of a work side by side: {@code compare/jonah?versions=kjv,web-derived,rv1909} (the first is the pivot).
 * Versions not aligned to the pivot yet are aligned first, off the UI thread; the result arrives by server push.
 */
@Route(value = "compare/:work?", layout = MainLayout.class)
@PermitAll
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ComparisonService comparisons;
    private final CurrentUser user;
    private final VersionPicker picker;
    private final Div result = new Div();
    private String title = "Compare versions · Parallax";

    CompareView(ComparisonService comparisons, CurrentUser user) {
        this.comparisons = comparisons;
        this.user = user;
        addClassName("px-compare");
        setSizeFull();
        picker = new VersionPicker(comparisons.works(), this::navigateTo);
        result.addClassName("px-compare-result");
        result.setSizeFull();
        Span legend = legend();
        add(new H1("Compare versions"), new Anchor("search", "Search all versions →"), picker, legend, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> workSlug = event.getRouteParameters().get("work");
        result.removeAll();
        if (workSlug.isEmpty()) {
            return;
        }
        WorkSummary work = comparisons.work(workSlug.get()).orElse(null);
        if (work == null) {
            result.add(message("No work \"" + workSlug.get() + "\" in the library.", "px-error"));
            return;
        }
        List<String> slugs = event.getLocation().getQueryParameters().getSingleParameter("versions")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElseGet(() -> work.versions().stream().map(VersionSummary::slug).toList());
        List<VersionSummary> versions = slugs.stream()
                .map(work::version)
                .flatMap(Optional::stream).distinct().toList();
        picker.show(work, versions);
        if (versions.size() < 2 || versions.size() != slugs.size()) {
            result.add(message("Choose a pivot and at least one other version of " + work.title() + ".", "px-error"));
            return;
        }
        title = work.title() + " compared · Parallax";
        start(work, versions);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void navigateTo(WorkSummary work, List<VersionSummary> versions) {
        String slugs = String.join(",", versions.stream().map(VersionSummary::slug).toList());
        UI.getCurrent().navigate(CompareView.class, new RouteParameters("work", work.slug()),
                QueryParameters.simple(Map.of("versions", slugs)));
    }

    private void start(WorkSummary work, List<VersionSummary> versions) {
        ProgressBar working = new ProgressBar();
        working.setIndeterminate(true);
        result.add(message("Aligning each version to " + versions.getFirst().title() + " where needed, then comparing…",
                "px-subtle"), working);
        UI ui = UI.getCurrent();
        List<String> others = versions.stream().skip(1).map(VersionSummary::slug).toList();
        comparisons.start(work.slug(), versions.getFirst().slug(), others, user.name())
                .whenComplete((comparison, failure) -> ui.access(() -> {
                    result.removeAll();
                    if (failure != null) {
                        result.add(message("Could not compare: " + rootMessage(failure), "px-error"));
                    } else {
                        show(comparison);
                    }
                }));
    }

    private void show(Comparison comparison) {
        ComparisonGrid grid = new ComparisonGrid(comparison);
        grid.setSizeFull();
        HeatStrip heat = new HeatStrip(comparison.rows(), index -> {
            grid.scrollToIndex(index);
            grid.select(comparison.rows().get(index));
        });
        HorizontalLayout body = new HorizontalLayout(heat, grid);
        body.addClassName("px-compare-body");
        body.setWidthFull();
        body.setFlexGrow(1, grid);
        Span summary = new Span(comparison.rows().size() + " rows · words compared within a language; "
                + "the strip on the left shows where the versions differ most");
        summary.addClassName("px-subtle");
        HorizontalLayout exports = new HorizontalLayout(
                download("Export TEI", "export-tei", ComparisonExport.fileName(comparison, "xml"), "application/tei+xml",
                        c -> ComparisonExport.tei(c), comparison),
                download("Export CSV", "export-csv", ComparisonExport.fileName(comparison, "csv"), "text/csv",
                        c -> ComparisonExport.csv(c), comparison),
                summary);
        exports.setAlignItems(Alignment.BASELINE);
        result.add(exports, body);
    }

    private static Anchor download(String label, String id, String fileName, String contentType,
                                   Function<Comparison, String> format, Comparison comparison) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = format.apply(comparison).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), AttachmentType.DOWNLOAD, label);
        link.setId(id);
        link.addClassName("px-export");
        return link;
    }

    private static Span legend() {
        Span changed = new Span("changed");
        changed.addClassName("px-diff-change");
        Span only = new Span("only in this version");
        only.addClassName("px-diff-only");
        Span moved = new Span("moved");
        moved.addClassName("px-diff-moved");
        Span legend = new Span(new Span("Word differences: "), changed, new Span(" "), only, new Span(" "), moved);
        legend.addClassName("px-subtle");
        legend.addClassName("px-diff-legend");
        return legend;
    }

    private static Span message(String text, String cssClass) {
        Span message = new Span(text);
        message.addClassName(cssClass);
        return message;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
