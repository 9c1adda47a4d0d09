package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.ingest.UnreadableTextException;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(roles = "TRANSLATOR")
class ImportServiceTest {

    @Autowired
    ImportService importer;

    @Autowired
    LibraryService library;

    @Test
    void shouldImportPastedRussianTextDetectingItsLanguage() {
        String text = "Товарищу А. И. Микояну. Мы направляем вам ответ, т. е. устное послание.\n\nВторой абзац.";
        List<Double> progress = new ArrayList<>();

        ImportResult result = importer.importText(request("Test: Russian paste", text.getBytes(StandardCharsets.UTF_8),
                null, VersionRole.SOURCE), progress::add);

        VersionText stored = library.version(result.versionId()).orElseThrow();
        assertThat(stored.metadata().language()).isEqualTo("ru");
        assertThat(stored.paragraphs()).hasSize(2);
        assertThat(stored.paragraphs().getFirst().sentences()).extracting(stored::textOf).containsExactly(
                "Товарищу А. И. Микояну.", "Мы направляем вам ответ, т. е. устное послание.");
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void shouldRefuseBinaryContentAndStoreNothing() {
        int worksBefore = library.works().size();
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> importer.importText(request("Test: binary", binary, "picture.txt",
                VersionRole.TRANSLATION), done -> { }))
                .isInstanceOf(UnreadableTextException.class);
        assertThat(library.works()).hasSize(worksBefore);
    }

    @Test
    void shouldRollBackTheWholeImportWhenStoringFails() {
        String tooLongSlug = "x".repeat(500);
        ImportRequest request = new ImportRequest(null, "Test: rolled back", null,
                "One sentence.".getBytes(StandardCharsets.UTF_8), "en", VersionRole.SOURCE, null, null, null, null,
                null, null, tooLongSlug);

        assertThatThrownBy(() -> importer.importText(request, done -> { })).isInstanceOf(RuntimeException.class);
        assertThat(library.works()).extracting(WorkSummary::title).doesNotContain("Test: rolled back");
    }

    @Test
    void shouldKeepHostileTextAsText() {
        String hostile = "<script>alert('x')</script> is not markup here.";
        ImportResult result = importer.importText(request("Test: hostile", hostile.getBytes(StandardCharsets.UTF_8),
                null, VersionRole.SOURCE), done -> { });

        assertThat(library.version(result.versionId()).orElseThrow().body()).isEqualTo(hostile);
    }

    private static ImportRequest request(String workTitle, byte[] content, String fileName, VersionRole role) {
        return new ImportRequest(null, workTitle, fileName, content, null, role, null, null, null, null, null, null,
                null);
    }
}
