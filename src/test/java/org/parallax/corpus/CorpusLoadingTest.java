package org.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionSummary;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.springframework.beans.factory.annotation.Autowired;

@ParallaxIntegrationTest
class CorpusLoadingTest {

    @Autowired
    LibraryService library;

    @Autowired
    CorpusLoader loader;

    @Test
    void shouldLoadEveryShippedWorkOnFirstStart() {
        assertThat(library.works()).extracting(WorkSummary::slug).containsExactlyInAnyOrder(
                "instructions-to-mikoyan-1962-11-16", "telegram-khrushchev-to-mikoyan-1962-11-11", "udhr", "jonah",
                "mark");
        assertThat(work("udhr").versions()).extracting(VersionSummary::language)
                .containsExactly("en", "de", "es", "fr", "ja", "pl", "ru", "uk", "zh-Hans");
        assertThat(work("jonah").versions()).extracting(VersionSummary::slug)
                .containsExactlyInAnyOrder("kjv", "web-derived", "rv1909");
    }

    @Test
    void shouldKeepUdhrParagraphsAsShipped() {
        VersionText english = version("udhr", "en");
        assertThat(english.paragraphs()).hasSize(92);
        assertThat(english.textOf(english.paragraphs().getFirst().span()))
                .isEqualTo("Universal Declaration of Human Rights");
        VersionText russian = version("udhr", "ru");
        assertThat(russian.metadata().role()).isEqualTo(VersionRole.TRANSLATION);
        assertThat(russian.textOf(russian.paragraphs().getFirst().span()))
                .isEqualTo("Всеобщая декларация прав человека");
    }

    @Test
    void shouldStoreTheSeedAsReceivedWithItsArchiveMetadataAndNoInventedSource() throws IOException {
        WorkSummary work = work("instructions-to-mikoyan-1962-11-16");
        assertThat(work.versions()).extracting(VersionSummary::role).containsOnly(VersionRole.TRANSLATION);

        VersionText seed = version("instructions-to-mikoyan-1962-11-16", "en-savranskaya");
        String asReceived = Files.readString(Path.of("corpus/cold-war-telegrams/1962-11-16-instructions-to-mikoyan.en.raw.txt"),
                StandardCharsets.UTF_8);
        assertThat(seed.rawText()).isEqualTo(asReceived);
        assertThat(seed.metadata().translator()).isEqualTo("Svetlana Savranskaya");
        assertThat(seed.metadata().originalLanguage()).isEqualTo("ru");
        assertThat(seed.metadata().date()).isEqualTo("November 16, 1962");
        assertThat(seed.metadata().citation()).startsWith("\"Excerpt from Protocol No. 66 of Session of CC CPSU");
        assertThat(seed.body()).doesNotContain("**Citation:**", "□").contains("flights over Cuba.");
        assertThat(seed.repairNotes()).isNotEmpty();
    }

    @Test
    void shouldKeepSentenceOffsetsInsideTheirParagraphs() {
        VersionText jonah = version("jonah", "kjv");
        assertThat(jonah.paragraphs()).hasSize(4);
        for (VersionText.Paragraph paragraph : jonah.paragraphs()) {
            assertThat(paragraph.sentences()).isNotEmpty().allSatisfy(sentence -> {
                assertThat(sentence.start()).isGreaterThanOrEqualTo(paragraph.span().start());
                assertThat(sentence.end()).isLessThanOrEqualTo(paragraph.span().end());
            });
        }
        assertThat(jonah.textOf(jonah.paragraphs().getFirst().sentences().getFirst()))
                .startsWith("Now the word of the LORD came unto Jonah");
    }

    @Test
    void shouldNotLoadTwice() throws Exception {
        int before = versionCount();
        loader.run(null);
        assertThat(versionCount()).isEqualTo(before);
    }

    private int versionCount() {
        return library.works().stream().mapToInt(work -> work.versions().size()).sum();
    }

    private WorkSummary work(String slug) {
        List<WorkSummary> works = library.works();
        return works.stream().filter(w -> w.slug().equals(slug)).findFirst().orElseThrow();
    }

    private VersionText version(String workSlug, String versionSlug) {
        long id = work(workSlug).versions().stream().filter(v -> v.slug().equals(versionSlug)).findFirst()
                .orElseThrow().id();
        return library.version(id).orElseThrow();
    }
}
