package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.export.TmxContent;
import org.parallax.core.export.TmxReader;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.text.Span;
import org.parallax.core.review.BeadStatus;
import org.parallax.flags.FlagService;
import org.parallax.ingest.ParallelImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class ExportServiceTest {

    @Autowired
    ExportService exports;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    @Autowired
    FlagService flags;

    @Autowired
    ParallelImportService parallelImport;

    @Test
    void shouldExportApprovedBeadsAsTmxThatReadsBackWithTheirFlags() throws Exception {
        WorkSummary udhr = library.work("udhr").orElseThrow();
        long russianId = udhr.version("ru").orElseThrow().id();
        VersionText russian = library.version(russianId).orElseThrow();
        int start = russian.body().indexOf("декларация");
        flags.create(russianId, new Span(start, start + "декларация".length()), FlagCategory.TERMINOLOGY.name(),
                "declaration", null, null, "tester");
        long alignment = jobs.alignNow(udhr.version("en").orElseThrow().id(), russianId, "tester", done -> { },
                new AtomicBoolean());
        StoredBead title = review.page(alignment, BeadFilter.ALL, 0, 1).getFirst();
        review.approve(alignment, title.ref(), "editor");

        TmxContent approved = TmxReader.read(new ByteArrayInputStream(exports.export(alignment,
                ExportFormat.TMX_APPROVED)));
        assertThat(approved.sourceLanguage()).isEqualTo("en");
        assertThat(approved.targetLanguage()).isEqualTo("ru");
        assertThat(approved.sourceSegments()).containsExactly("Universal Declaration of Human Rights");
        assertThat(approved.targetSegments()).containsExactly("Всеобщая декларация прав человека");
        assertThat(approved.units().getFirst().flags()).singleElement().satisfies(flag -> {
            assertThat(flag.start()).isEqualTo(9);
            assertThat(flag.sourceTerm()).isEqualTo("declaration");
        });

        TmxContent all = TmxReader.read(new ByteArrayInputStream(exports.export(alignment, ExportFormat.TMX_ALL)));
        assertThat(all.units()).hasSize(review.count(alignment, BeadFilter.ALL));
        assertThat(all.units().getFirst().status()).isEqualTo("approved");
        assertThat(all.units().get(1).status()).isEqualTo("auto");

        String csv = new String(exports.export(alignment, ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("index,source,target,status,confidence,flags\r\n0,Universal Declaration of Human "
                + "Rights,Всеобщая декларация прав человека,approved,");
        assertThat(exports.fileName(alignment, ExportFormat.TMX_APPROVED)).endsWith("-en-ru.approved.tmx");
    }

    @Test
    void shouldReImportAnExportedTmxAsAParallelDocumentWithStatusesAndFlags() throws Exception {
        WorkSummary jonah = library.work("jonah").orElseThrow();
        long spanish = jonah.version("rv1909").orElseThrow().id();
        VersionText rv = library.version(spanish).orElseThrow();
        int start = rv.body().indexOf("Nínive");
        flags.create(spanish, new Span(start, start + "Nínive".length()), FlagCategory.TERMINOLOGY.name(), null, null,
                "place name", "tester");
        long kjv = jonah.version("kjv").orElseThrow().id();
        long alignment = jobs.alignNow(kjv, spanish, "tester", done -> { }, new AtomicBoolean());
        review.approve(alignment, review.page(alignment, BeadFilter.ALL, 0, 1).getFirst().ref(), "editor");
        byte[] exported = exports.export(alignment, ExportFormat.TMX_ALL);

        long reimported = parallelImport.importTmx(exported, "Jonah, re-imported", "tester");

        assertThat(review.count(reimported, BeadFilter.ALL)).isEqualTo(review.count(alignment, BeadFilter.ALL));
        assertThat(review.page(reimported, BeadFilter.ALL, 0, 1).getFirst().status()).isEqualTo(BeadStatus.APPROVED);
        var original = review.texts(alignment);
        var copy = review.texts(reimported);
        StoredBead firstBead = review.page(alignment, BeadFilter.ALL, 0, 1).getFirst();
        assertThat(copy.targetOf(review.page(reimported, BeadFilter.ALL, 0, 1).getFirst().range()))
                .isEqualTo(original.targetOf(firstBead.range()));
        long copyTarget = review.alignment(reimported).orElseThrow().targetVersionId();
        assertThat(flags.ofVersion(copyTarget)).extracting(flag -> flag.text()).contains("Nínive");
        byte[] reexported = exports.export(reimported, ExportFormat.TMX_ALL);
        assertThat(TmxReader.read(new ByteArrayInputStream(reexported)).targetSegments())
                .isEqualTo(TmxReader.read(new ByteArrayInputStream(exported)).targetSegments());
    }
}
