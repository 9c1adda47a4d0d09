package org.parallax.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.parallax.export.ExportFormat;
import org.parallax.export.ExportService;

/** Download links for an alignment in every export format; each file is made when its link is clicked. */
final class ExportLinks extends Div {

    ExportLinks(long alignmentId, ExportService exports) {
        addClassName("px-export-links");
        add(new Span("Export: "));
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] file = exports.export(alignmentId, format);
                return new DownloadResponse(new ByteArrayInputStream(file), exports.fileName(alignmentId, format),
                        format.mediaType(), file.length);
            }), format.label());
            link.getElement().setAttribute("download", true);
            link.setId("export-" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            add(link);
        }
    }
}
