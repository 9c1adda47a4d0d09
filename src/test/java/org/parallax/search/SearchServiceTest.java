package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.compare.Comparison;
import org.parallax.compare.ComparisonExport;
import org.parallax.compare.ComparisonService;
import org.parallax.ingest.ImportRequest;
import org.parallax.ingest.ImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;
import org.parallax.search.SearchHit.AlignedText;
import org.parallax.review.ReviewService;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.StoredBead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Imports a work: the context (and its database) is not handed on to other test classes. */
@ParallaxIntegrationTest
@WithMockUser(username = "tester", roles = {"TRANSLATOR", "EDITOR"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    LibraryService library;

    @Autowired
    ComparisonService comparisons;

    @Autowired
    ImportService imports;

    @Autowired
    ReviewService review;

    @Test
    void shouldFindEverySentenceWithTheWordThatAScanFinds() {
        SearchResult result = search.search(SearchQuery.words("Nineveh"));

        long scanned = countSentences(Pattern.compile("(?U)(?<![\\w’'])nineveh(?![\\w’'])"));
        assertThat(scanned).isGreaterThan(10);
        assertThat(result.total()).isEqualTo(scanned);
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.match()).isEqualToIgnoringCase("Nineveh"));
        assertThat(search.indexedSentences()).isEqualTo(countSentences(Pattern.compile("")));
    }

    @Test
    void shouldKeepOnlyFlaggedSentencesWhenAsked() {
        SearchResult all = search.search(SearchQuery.words("Cuba"));
        SearchResult flagged = search.search(SearchQuery.words("Cuba").onlyFlagged());

        assertThat(flagged.hits()).isNotEmpty().hasSizeLessThan(all.hits().size());
        assertThat(search.search(SearchQuery.words("prove").onlyFlagged()).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.right()).startsWith(" [dokazat’]"));
    }

    @Test
    void shouldKeepOnlyHitsAlignedWithTheGivenStatus() {
        comparisons.compare("jonah", "kjv", List.of("web-derived"), "tester");
        WorkSummary jonah = library.work("jonah").orElseThrow();
        long kjv = jonah.version("kjv").orElseThrow().id();
        AlignmentSummary alignment = review.alignmentsOfWork(jonah.id()).stream()
                .filter(a -> a.sourceVersionId() == kjv).findFirst().orElseThrow();
        StoredBead firstVerse = review.beadWithSourceSentence(alignment.id(), 0).orElseThrow();
        review.approve(alignment.id(), firstVerse.ref(), "tester");

        SearchQuery nineveh = SearchQuery.words("Nineveh").inVersion("kjv");
        List<SearchHit> approved = search.search(nineveh.withBeadStatus("approved")).hits();

        assertThat(approved).extracting(SearchHit::sentence).contains(0);
        assertThat(approved).allSatisfy(hit -> assertThat(hit.aligned()).extracting(a -> a.status())
                .contains("approved"));
        assertThat(approved).hasSizeLessThan(search.search(nineveh).hits().size());
    }

    @Test
    void shouldFilterByWorkVersionAndLanguage() {
        SearchResult kjv = search.search(SearchQuery.words("Nineveh").inWork("jonah").inVersion("kjv"));
        SearchResult spanish = search.search(SearchQuery.words("Nínive").inLanguage("es"));

        assertThat(kjv.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.workSlug()).isEqualTo("jonah");
            assertThat(hit.versionSlug()).isEqualTo("kjv");
        });
        assertThat(spanish.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.language()).isEqualTo("es"));
    }

    @Test
    void shouldSearchCyrillicAndChineseText() {
        SearchResult russian = search.search(SearchQuery.words("человек").inWork("udhr"));
        SearchResult chinese = search.search(SearchQuery.words("人人").inLanguage("zh-Hans"));

        assertThat(russian.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.language()).isEqualTo("ru");
            assertThat(hit.match()).isEqualToIgnoringCase("человек");
        });
        assertThat(chinese.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.match()).isEqualTo("人人"));
        assertThat(chinese.total()).isEqualTo(countSentences(Pattern.compile("人人")));
    }

    @Test
    void shouldMatchWholeWordsWithARegularExpression() {
        SearchResult result = search.search(SearchQuery.regex("ninev.h").inVersion("kjv"));
        SearchResult either = search.search(SearchQuery.regex("(unto|to)").inWork("jonah").inVersion("web-derived"));

        assertThat(result.total()).isEqualTo(search.search(SearchQuery.words("Nineveh").inVersion("kjv")).total());
        assertThat(either.hits()).allSatisfy(hit -> assertThat(hit.match().toLowerCase(Locale.ROOT))
                .isIn("unto", "to"));
        assertThatThrownBy(() -> search.search(SearchQuery.regex("[unclosed")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a regular expression");
    }

    @Test
    void shouldShowTheAlignedSentencesOfOtherVersions() {
        comparisons.compare("jonah", "kjv", List.of("rv1909"), "tester");

        SearchResult result = search.search(SearchQuery.words("\"Arise, go to Nineveh\"").inWork("jonah")
                .inVersion("kjv"));

        assertThat(result.hits()).isNotEmpty();
        SearchHit first = result.hits().getFirst();
        assertThat(first.match()).isEqualTo("Arise, go to Nineveh");
        assertThat(first.aligned()).extracting(AlignedText::versionSlug).contains("rv1909");
        assertThat(first.aligned()).filteredOn(a -> a.versionSlug().equals("rv1909")).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("Nínive"));
    }

    @Test
    void shouldFindTextImportedAfterTheIndexWasBuilt() {
        assertThat(search.search(SearchQuery.words("Zyzzyvaquest")).total()).isZero();
        byte[] text = "The word Zyzzyvaquest appears in no other text. It was imported by a test."
                .getBytes(StandardCharsets.UTF_8);
        imports.importText(new ImportRequest("search-import-test", "Imported for the search test", "zyzzyva.txt", text,
                "en", VersionRole.SOURCE, "Zyzzyva", null, null, null, null, null, null), progress -> { });

        SearchResult result = search.search(SearchQuery.words("Zyzzyvaquest"));

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.workSlug()).isEqualTo("search-import-test");
            assertThat(hit.match()).isEqualTo("Zyzzyvaquest");
            assertThat(hit.left()).isEqualTo("The word ");
        });
    }

    @Test
    void shouldExportTheComparisonAsTeiWithOneApparatusPerRow() throws Exception {
        Comparison jonah = comparisons.compare("jonah", "kjv", List.of("web-derived", "rv1909"), "tester");

        String tei = ComparisonExport.tei(jonah);
        String csv = ComparisonExport.csv(jonah);

        Document document = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(tei)));
        assertThat(document.getElementsByTagName("app").getLength()).isEqualTo(jonah.rows().size());
        assertThat(document.getElementsByTagName("rdg").getLength()).isEqualTo(3 * jonah.rows().size());
        assertThat(document.getElementsByTagName("rdg").item(0).getTextContent())
                .startsWith("Now the word of the LORD came unto Jonah");
        assertThat(csv).startsWith("row,variation,kjv,web-derived,rv1909\r\n1,");
        assertThat(ComparisonExport.fileName(jonah, "xml")).isEqualTo("jonah-kjv-web-derived-rv1909.xml");
    }

    private long countSentences(Pattern pattern) {
        long count = 0;
        for (WorkSummary work : library.works()) {
            for (VersionSummary version : work.versions()) {
                count += library.version(version.id()).orElseThrow().sentenceTexts().stream()
                        .filter(s -> pattern.matcher(s.toLowerCase(Locale.ROOT)).find()).count();
            }
        }
        return count;
    }
}
