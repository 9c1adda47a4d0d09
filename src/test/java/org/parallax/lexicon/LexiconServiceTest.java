package org.parallax.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.align.LexiconLearner;
import org.parallax.library.LibraryService;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.users.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class LexiconServiceTest {

    private static final LanguagePair EN_RU = new LanguagePair("en", "ru");

    @Autowired
    LexiconService lexicons;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    @Test
    void shouldLearnWordsThatCooccurInTheApprovedBeadsOfTheUdhr() {
        approveAll(alignUdhr("en", "ru"));

        int learned = lexicons.learn(EN_RU, "edith");

        assertThat(learned).isGreaterThan(50);
        assertThat(lexicons.learnedEntries(EN_RU, "everyone", 10)).extracting(LearnedEntry::targetWord)
                .contains("kazdyj");
        assertThat(lexicons.learnedEntries(EN_RU, "article", 10)).extracting(LearnedEntry::targetWord)
                .contains("stat'a");
        assertThat(lexicons.learnedEntries(EN_RU, "Каждый", 10)).extracting(LearnedEntry::sourceWord)
                .contains("everyone");
        assertThat(lexicons.learnedEntries(EN_RU, "article", 10)).allSatisfy(entry -> {
            assertThat(entry.score()).isBetween(LexiconLearner.APPROVED.threshold(), 1.0);
            assertThat(entry.count()).isGreaterThanOrEqualTo(3);
        });
        assertThat(lexicons.pairs()).filteredOn(p -> p.languages().equals(EN_RU)).singleElement()
                .satisfies(pair -> {
                    assertThat(pair.learnedEntries()).isEqualTo(learned);
                    assertThat(pair.upToDate()).isTrue();
                });
    }

    @Test
    void shouldImportAGlossaryAndUseItBothWays() {
        GlossarySummary glossary = lexicons.importGlossary("legal terms", "ru", "en",
                utf8("доказать\tprove\nправа человека\thuman rights\n"), "edith");

        assertThat(glossary.entries()).isEqualTo(2);
        assertThat(glossary.sourceLanguage()).isEqualTo("ru");
        assertThat(lexicons.glossaries()).extracting(GlossarySummary::name).contains("legal terms");
        assertThat(lexicons.lexiconFor(EN_RU, "edith").lexicon().translationsOf("prove")).containsExactly("dokazat'");
        assertThat(lexicons.lexiconFor(EN_RU.reversed(), "edith").lexicon().translationsOf("dokazat'"))
                .containsExactly("prove");
    }

    @Test
    void shouldStoreNothingOfABadGlossary() {
        int before = lexicons.glossaries().size();

        assertThatThrownBy(() -> lexicons.importGlossary("broken", "en", "de",
                utf8("law\tGesetz\nright Recht\n"), "edith"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Glossary line 2: no tab; every line must be source<TAB>translation.");
        assertThatThrownBy(() -> lexicons.importGlossary("no language", "english", "de", utf8("law\tGesetz\n"), "edith"))
                .hasMessageContaining("is not a language code");
        lexicons.importGlossary("twice", "en", "de", utf8("law\tGesetz\n"), "edith");
        assertThatThrownBy(() -> lexicons.importGlossary("twice", "en", "de", utf8("right\tRecht\n"), "edith"))
                .hasMessage("There is already a glossary \"twice\" for en-de.");

        assertThat(lexicons.glossaries()).hasSize(before + 1);
    }

    @Test
    @WithMockUser(username = "tanja", roles = "TRANSLATOR")
    void shouldLetATranslatorReadButNotUploadOrLearn() {
        assertThatThrownBy(() -> lexicons.importGlossary("mine", "en", "ru", utf8("law\tзакон\n"), "tanja"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lexicons.learn(EN_RU, "tanja")).isInstanceOf(AccessDeniedException.class);
        assertThat(lexicons.glossaries()).isNotNull();
        assertThat(lexicons.pairs()).isNotNull();
    }

    @Test
    @WithMockUser(username = "sam", roles = "SCHOLAR")
    void shouldNotLetAScholarDeleteAGlossary() {
        assertThatThrownBy(() -> lexicons.deleteGlossary(1)).isInstanceOf(AccessDeniedException.class);
    }

    /** A later alignment of the pair is made with what was approved before, learned afresh since it changed. */
    @Test
    void shouldGiveALaterAlignmentTheLexiconLearnedFromApprovedBeads() {
        approveAll(alignUdhr("en", "ru"));

        long later = alignUdhr("en", "ru");

        String method = review.alignment(later).orElseThrow().method();
        assertThat(method).startsWith("parallax-standard; lexicon: ").doesNotEndWith(", 0 learned");
        assertThat(lexicons.pairs()).filteredOn(p -> p.languages().equals(EN_RU)).singleElement()
                .satisfies(pair -> assertThat(pair.learnedEntries()).isPositive());
        assertThat(lexicons.lexiconFor(EN_RU, "edith").lexicon().translationsOf("everyone")).contains("kazdyj");
    }

    /** A translator may not start learning, but an alignment a translator starts still learns what changed. */
    @Test
    @WithMockUser(username = "tanja", roles = "TRANSLATOR")
    void shouldLearnAgainBeforeATranslatorsAlignmentWhenApprovalsChanged() {
        LanguagePair enDe = new LanguagePair("en", "de");
        SystemAuthentication.run(() -> approveAll(alignUdhr("en", "de")));
        assertThat(lexicons.pairs()).filteredOn(p -> p.languages().equals(enDe)).singleElement()
                .satisfies(pair -> assertThat(pair.upToDate()).isFalse());

        long later = alignUdhr("en", "de");

        assertThat(review.alignment(later).orElseThrow().method()).startsWith("parallax-standard; lexicon: ")
                .doesNotEndWith(", 0 learned");
        assertThat(lexicons.learnedEntries(enDe, "article", 10)).extracting(LearnedEntry::targetWord)
                .contains("artikel");
    }

    private long alignUdhr(String source, String target) {
        WorkSummary udhr = library.work("udhr").orElseThrow();
        long sourceId = udhr.version(source).orElseThrow().id();
        long targetId = udhr.version(target).orElseThrow().id();
        return jobs.alignNow(sourceId, targetId, "edith", done -> { },
                new AtomicBoolean());
    }

    private void approveAll(long alignment) {
        List<StoredBead> beads = review.page(alignment, BeadFilter.ALL, 0, Integer.MAX_VALUE);
        StoredBead last = beads.getLast();
        review.approveAllAbove(alignment, last.ref(), "edith");
        review.approve(alignment, review.bead(last.id()).orElseThrow().ref(), "edith");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
