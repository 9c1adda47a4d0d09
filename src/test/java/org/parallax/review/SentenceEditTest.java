package org.parallax.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.review.BeadEdits.Side;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.core.text.SharedTexts;
import org.parallax.core.text.Span;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.flags.FlagStatus;
import org.parallax.ingest.ImportRequest;
import org.parallax.ingest.ImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.parallax.users.Roles;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Sentence edits on Jonah (KJV, WEB-derived, Reina-Valera 1909 from the shared texts), imported as a work of their
 * own for each test, with the KJV aligned to both others: one version, two alignments. Changes texts, so the context
 * (and its database) is not handed on to other test classes.
 */
@ParallaxIntegrationTest
@WithMockUser(username = "tina", roles = {"TRANSLATOR", "EDITOR"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SentenceEditTest {

    private static final String ACTOR = "tina";
    private static int works;

    @Autowired
    ReviewService review;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryService library;

    @Autowired
    FlagService flags;

    @Autowired
    SearchService search;

    long kjv;
    long toWeb;
    long toSpanish;

    @BeforeEach
    void importAndAlign() {
        String work = "sentence-edits-" + (++works);
        kjv = importVersion(work, "kjv", "en", VersionRole.SOURCE);
        long web = importVersion(work, "web-derived", "en", VersionRole.TRANSLATION);
        long spanish = importVersion(work, "rv1909", "es", VersionRole.TRANSLATION);
        toWeb = jobs.alignNow(kjv, web, ACTOR, done -> { }, new AtomicBoolean());
        toSpanish = jobs.alignNow(kjv, spanish, ACTOR, done -> { }, new AtomicBoolean());
    }

    @Test
    void shouldReplaceASentenceAndMoveEverythingAfterItInTheVersion() {
        VersionText before = kjvText();
        int k = sentenceContaining(before, "So they took up Jonah");
        String old = before.sentenceTexts().get(k);
        String edited = old.replace("So they took up Jonah", "So the sailors lifted Jonah");
        Flag inSentence = flag(before, "into the sea", k);
        Flag changedWord = flag(before, "took up", k);
        Flag later = flag(before, before.sentenceTexts().get(k + 1).substring(0, 8), k + 1);
        flags.approve(changedWord.id(), changedWord.lockVersion(), ACTOR);
        StoredBead bead = holding(toWeb, k);
        StoredBead other = holding(toSpanish, k);

        StoredBead after = review.editSentence(toWeb, bead.ref(), Side.SOURCE, k, old, edited, ACTOR);

        VersionText now = kjvText();
        assertThat(now.sentenceTexts().get(k)).isEqualTo(edited);
        List<String> unchanged = new ArrayList<>(before.sentenceTexts());
        unchanged.set(k, edited);
        assertThat(now.sentenceTexts()).isEqualTo(unchanged);
        assertThat(now.paragraphs()).extracting(p -> now.textOf(p.span()))
                .isEqualTo(before.paragraphs().stream().map(p -> before.textOf(p.span()).replace(old, edited)).toList());
        assertThat(now.textOf(find(inSentence).span())).isEqualTo("into the sea");
        assertThat(now.textOf(find(later).span())).isEqualTo(later.text());
        assertThat(find(later).span()).isNotEqualTo(later.span());
        Flag changed = find(changedWord);
        assertThat(changed.text()).isEqualTo(now.textOf(changed.span())).contains("lifted");
        assertThat(changed.status()).isEqualTo(FlagStatus.PROPOSED);
        assertThat(flags.history(changed.id())).first().asString().startsWith("text edited by tina");

        assertThat(after.status()).isEqualTo(BeadStatus.EDITED);
        assertThat(after.range()).isEqualTo(bead.range());
        assertThat(review.history(toWeb, after.id())).first().satisfies(change -> {
            assertThat(change.operation()).isEqualTo("edit source sentence " + (k + 1));
            assertThat(change.detail()).isEqualTo("\"" + old + "\" → \"" + edited + "\"");
        });
        StoredBead otherNow = holding(toSpanish, k);
        assertThat(otherNow.status()).isEqualTo(other.status());
        assertThat(review.history(toSpanish, otherNow.id())).first()
                .satisfies(change -> assertThat(change.detail()).contains(edited));
        assertThat(review.texts(toSpanish).source().get(k)).isEqualTo(edited);
    }

    @Test
    void shouldUndoAndRedoATextEditExactlyWithItsFlags() {
        VersionText before = kjvText();
        int k = sentenceContaining(before, "So they took up Jonah");
        String old = before.sentenceTexts().get(k);
        Flag changedWord = flag(before, "took up", k);
        flags.approve(changedWord.id(), changedWord.lockVersion(), ACTOR);
        Flag approved = find(changedWord);
        Flag later = flag(before, before.sentenceTexts().get(k + 1).substring(0, 8), k + 1);
        List<StoredBead> beadsBefore = all(toWeb);
        long textRevision = review.textRevision(toWeb);

        review.editSentence(toWeb, holding(toWeb, k).ref(), Side.SOURCE, k, old, "So they lifted Jonah.", ACTOR);
        assertThat(review.textRevision(toWeb)).isGreaterThan(textRevision);

        assertThat(review.undo(toWeb, ACTOR)).isTrue();
        VersionText undone = kjvText();
        assertThat(undone.body()).isEqualTo(before.body());
        assertThat(undone.paragraphs()).isEqualTo(before.paragraphs());
        assertThat(find(approved)).satisfies(flag -> {
            assertThat(flag.span()).isEqualTo(approved.span());
            assertThat(flag.text()).isEqualTo("took up");
            assertThat(flag.status()).isEqualTo(FlagStatus.APPROVED);
        });
        assertThat(find(later).span()).isEqualTo(later.span());
        assertThat(shape(toWeb)).isEqualTo(shape(beadsBefore));

        assertThat(review.redo(toWeb, ACTOR)).isTrue();
        assertThat(kjvText().sentenceTexts().get(k)).isEqualTo("So they lifted Jonah.");
        assertThat(holding(toWeb, k).status()).isEqualTo(BeadStatus.EDITED);
        assertThat(find(approved).status()).isEqualTo(FlagStatus.PROPOSED);
    }

    @Test
    void shouldRefuseEmptyTextAndAStaleView() {
        VersionText before = kjvText();
        StoredBead bead = holding(toWeb, 3);
        String old = before.sentenceTexts().get(3);

        assertThatThrownBy(() -> review.editSentence(toWeb, bead.ref(), Side.SOURCE, 3, old, "  \n ", ACTOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be empty");
        assertThatThrownBy(() -> review.editSentence(toWeb, bead.ref(), Side.SOURCE, 3, "not what is there",
                "New text.", ACTOR)).isInstanceOf(ConflictException.class);

        StoredBead seenBySpanishEditor = holding(toSpanish, 3);
        review.editSentence(toWeb, bead.ref(), Side.SOURCE, 3, old, "First change.", ACTOR);
        assertThatThrownBy(() -> review.editSentence(toWeb, bead.ref(), Side.SOURCE, 3, "First change.",
                "Second change.", "someone")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> review.editSentence(toSpanish, seenBySpanishEditor.ref(), Side.SOURCE, 3, old,
                "Overwrite.", "someone")).isInstanceOf(ConflictException.class);
        assertThat(kjvText().sentenceTexts().get(3)).isEqualTo("First change.");
    }

    @Test
    void shouldSplitASentenceAndRenumberBothAlignments() {
        VersionText before = kjvText();
        int k = sentenceContaining(before, "So they took up Jonah");
        String old = before.sentenceTexts().get(k);
        int cut = old.indexOf("and the sea ceased");
        List<StoredBead> webBefore = all(toWeb);
        List<StoredBead> spanishBefore = all(toSpanish);
        StoredBead holdingWeb = holding(toWeb, k);
        StoredBead holdingSpanish = holding(toSpanish, k);
        StoredBead laterSeen = all(toSpanish).getLast();

        StoredBead grown = review.splitSentence(toWeb, holdingWeb.ref(), Side.SOURCE, k, old, cut, ACTOR);

        List<String> sentences = kjvText().sentenceTexts();
        assertThat(sentences).hasSize(before.sentenceTexts().size() + 1);
        assertThat(sentences.get(k)).isEqualTo(old.substring(0, cut).strip());
        assertThat(sentences.get(k + 1)).isEqualTo(old.substring(cut));
        assertThat(sentences.subList(k + 2, sentences.size()))
                .isEqualTo(before.sentenceTexts().subList(k + 1, before.sentenceTexts().size()));
        assertThat(kjvText().body()).isEqualTo(before.body());
        assertThat(grown.range().sourceSize()).isEqualTo(holdingWeb.range().sourceSize() + 1);
        assertThat(grown.status()).isEqualTo(BeadStatus.EDITED);
        assertThat(holding(toSpanish, k + 1).range().sourceSize()).isEqualTo(holdingSpanish.range().sourceSize() + 1);
        assertThat(holding(toSpanish, k + 1).status()).isEqualTo(holdingSpanish.status());
        requireWhole(toWeb, sentences.size());
        requireWhole(toSpanish, sentences.size());
        assertThatThrownBy(() -> review.reject(toSpanish, laterSeen.ref(), "someone"))
                .isInstanceOf(ConflictException.class);

        assertThat(review.undo(toSpanish, ACTOR)).isTrue();
        assertThat(kjvText().sentenceTexts()).isEqualTo(before.sentenceTexts());
        assertThat(shape(toWeb)).isEqualTo(shape(webBefore));
        assertThat(shape(toSpanish)).isEqualTo(shape(spanishBefore));

        assertThat(review.redo(toWeb, ACTOR)).isTrue();
        assertThat(kjvText().sentenceTexts()).isEqualTo(sentences);
        requireWhole(toSpanish, sentences.size());
    }

    @Test
    void shouldForgetAnUndoneSplitInEveryAlignmentOnceTheUserChangesSomethingElse() {
        List<String> texts = kjvText().sentenceTexts();
        review.splitSentence(toWeb, holding(toWeb, 4).ref(), Side.SOURCE, 4, texts.get(4),
                SentenceDialogCuts.middle(texts.get(4)), ACTOR);
        assertThat(review.undo(toWeb, ACTOR)).isTrue();

        review.approve(toWeb, holding(toWeb, 0).ref(), ACTOR);

        assertThat(review.redo(toSpanish, ACTOR)).isFalse();
        assertThat(kjvText().sentenceTexts()).isEqualTo(texts);
    }

    @Test
    void shouldMergeSentencesOfDifferentBeadsAndUndo() {
        VersionText before = kjvText();
        StoredBead first = all(toWeb).stream().filter(b -> b.range().sourceSize() == 1).skip(2).findFirst()
                .orElseThrow();
        int k = first.range().sourceStart();
        assertThat(holding(toWeb, k + 1).id()).isNotEqualTo(first.id());
        List<StoredBead> webBefore = all(toWeb);
        List<String> texts = before.sentenceTexts();

        StoredBead merged = review.mergeSentenceWithNext(toWeb, first.ref(), Side.SOURCE, k, texts.get(k),
                texts.get(k + 1), ACTOR);

        List<String> sentences = kjvText().sentenceTexts();
        assertThat(sentences).hasSize(texts.size() - 1);
        assertThat(sentences.get(k)).startsWith(texts.get(k)).endsWith(texts.get(k + 1));
        assertThat(merged.range().sourceStart()).isEqualTo(k);
        assertThat(merged.range().targetStart()).isEqualTo(first.range().targetStart());
        assertThat(merged.range().targetEnd()).isEqualTo(holding(toWeb, k).range().targetEnd());
        assertThat(merged.status()).isEqualTo(BeadStatus.EDITED);
        requireWhole(toWeb, sentences.size());
        requireWhole(toSpanish, sentences.size());

        assertThat(review.undo(toWeb, ACTOR)).isTrue();
        assertThat(kjvText().sentenceTexts()).isEqualTo(texts);
        assertThat(shape(toWeb)).isEqualTo(shape(webBefore));
    }

    @Test
    void shouldRefuseToMergeAcrossParagraphs() {
        VersionText before = kjvText();
        int last = before.paragraphs().getFirst().sentences().size() - 1;
        List<String> texts = before.sentenceTexts();

        assertThatThrownBy(() -> review.mergeSentenceWithNext(toWeb, holding(toWeb, last).ref(), Side.SOURCE, last,
                texts.get(last), texts.get(last + 1), ACTOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different paragraphs");
    }

    @Test
    void shouldRevertASentenceEditFromTheHistoryAsANewChange() {
        VersionText before = kjvText();
        String old = before.sentenceTexts().get(2);
        StoredBead edited = review.editSentence(toWeb, holding(toWeb, 2).ref(), Side.SOURCE, 2, old, "Changed.", ACTOR);
        long change = review.history(toWeb, edited.id()).getFirst().id();

        review.revert(toWeb, change, "reviser");

        assertThat(kjvText().body()).isEqualTo(before.body());
        assertThat(review.history(toWeb, holding(toWeb, 2).id())).extracting(BeadChange::actor)
                .startsWith("reviser", ACTOR);
    }

    @Test
    void shouldServeTheEditedTextInSearch() {
        VersionText before = kjvText();
        int k = sentenceContaining(before, "So they took up Jonah");
        assertThat(search.search(SearchQuery.words("Quuxwhale")).total()).isZero();

        review.editSentence(toWeb, holding(toWeb, k).ref(), Side.SOURCE, k, before.sentenceTexts().get(k),
                "So they took up Jonah, and the Quuxwhale waited.", ACTOR);

        assertThat(search.search(SearchQuery.words("Quuxwhale")).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.sentence()).isEqualTo(k));
    }

    @Test
    void shouldRefuseAScholar() {
        VersionText before = kjvText();
        String old = before.sentenceTexts().get(1);
        StoredBead bead = holding(toWeb, 1);
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("sam", null, "ROLE_" + Roles.SCHOLAR));

        assertThatThrownBy(() -> review.editSentence(toWeb, bead.ref(), Side.SOURCE, 1, old, "Mine.", "sam"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.splitSentence(toWeb, bead.ref(), Side.SOURCE, 1, old, 5, "sam"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.mergeSentenceWithNext(toWeb, bead.ref(), Side.SOURCE, 1, old,
                before.sentenceTexts().get(2), "sam")).isInstanceOf(AccessDeniedException.class);
        assertThat(kjvText().sentenceTexts().get(1)).isEqualTo(old);
    }

    @Test
    void shouldLetATranslatorEditWithoutBeingAnEditor() {
        String old = kjvText().sentenceTexts().get(1);
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("tanja", null, "ROLE_" + Roles.TRANSLATOR));

        review.editSentence(toWeb, holding(toWeb, 1).ref(), Side.SOURCE, 1, old, "A translator's sentence.", "tanja");

        assertThat(kjvText().sentenceTexts().get(1)).isEqualTo("A translator's sentence.");
    }

    @Test
    void shouldSplitATargetSentenceAndUndo() {
        List<String> web = review.texts(toWeb).target();
        int j = web.size() / 2;
        String old = web.get(j);
        int cut = SentenceDialogCuts.middle(old);
        StoredBead bead = review.page(toWeb, BeadFilter.ALL, 0, Integer.MAX_VALUE).stream()
                .filter(b -> b.range().targetStart() <= j && j < b.range().targetEnd()).findFirst().orElseThrow();
        List<StoredBead> before = all(toWeb);
        List<String> spanishBefore = shape(toSpanish);

        StoredBead grown = review.splitSentence(toWeb, bead.ref(), Side.TARGET, j, old, cut, ACTOR);

        assertThat(grown.range().targetSize()).isEqualTo(bead.range().targetSize() + 1);
        assertThat(grown.range().sourceStart()).isEqualTo(bead.range().sourceStart());
        List<String> now = review.texts(toWeb).target();
        assertThat(now).hasSize(web.size() + 1);
        assertThat(now.get(j) + " " + now.get(j + 1)).isEqualTo(old);
        assertThat(all(toWeb).getLast().range().targetEnd()).isEqualTo(now.size());
        requireWhole(toWeb, kjvText().sentenceTexts().size());
        assertThat(shape(toSpanish)).as("the Spanish alignment does not use the WEB text").isEqualTo(spanishBefore);

        assertThat(review.undo(toWeb, ACTOR)).isTrue();
        assertThat(review.texts(toWeb).target()).isEqualTo(web);
        assertThat(shape(toWeb)).isEqualTo(shape(before));
    }

    @Test
    void shouldRenumberAnAlignmentThatCoversOnlyTheStartAndLeaveItAloneAfterIt() {
        List<ReviewBead> firstSix = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            firstSix.add(new ReviewBead(new BeadRange(i, i + 1, i, i + 1), 0.8, BeadStatus.AUTO));
        }
        long partial = review.createAlignment(library.version(kjv).orElseThrow().summary().workId(), kjv,
                review.alignment(toWeb).orElseThrow().targetVersionId(), "test", firstSix, ACTOR);
        List<String> texts = kjvText().sentenceTexts();
        int late = texts.size() - 2;

        review.splitSentence(toWeb, holding(toWeb, late).ref(), Side.SOURCE, late, texts.get(late),
                SentenceDialogCuts.middle(texts.get(late)), ACTOR);
        assertThat(shape(partial)).isEqualTo(firstSix.stream().map(b -> b.range() + " " + b.status()).toList());

        review.splitSentence(toWeb, holding(toWeb, 2).ref(), Side.SOURCE, 2, texts.get(2),
                SentenceDialogCuts.middle(texts.get(2)), ACTOR);
        assertThat(all(partial)).extracting(StoredBead::range).containsExactly(new BeadRange(0, 1, 0, 1),
                new BeadRange(1, 2, 1, 2), new BeadRange(2, 4, 2, 3), new BeadRange(4, 5, 3, 4),
                new BeadRange(5, 6, 4, 5), new BeadRange(6, 7, 5, 6));
        assertThat(review.undo(partial, ACTOR)).isTrue();
        assertThat(shape(partial)).isEqualTo(firstSix.stream().map(b -> b.range() + " " + b.status()).toList());
    }

    /** A word start near the middle of a sentence, where the editor's dialog would offer to split. */
    private static final class SentenceDialogCuts {

        static int middle(String sentence) {
            int at = sentence.indexOf(' ', sentence.length() / 2);
            assertThat(at).isPositive();
            return at + 1;
        }
    }

    /** The beads' links and statuses (confidences are kept to four decimals in the history). */
    private List<String> shape(long alignment) {
        return shape(all(alignment));
    }

    private static List<String> shape(List<StoredBead> beads) {
        return beads.stream().map(b -> b.range() + " " + b.status()).toList();
    }

    private long importVersion(String work, String slug, String language, VersionRole role) {
        byte[] text = SharedTexts.read("texts/bible/jonah." + slug + ".txt").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        imports.importText(new ImportRequest(work, "Jonah for sentence edits", "jonah." + slug + ".txt", text, language,
                role, "Jonah " + slug, null, null, null, null, null, slug), progress -> { });
        WorkSummary summary = library.work(work).orElseThrow();
        return summary.version(slug).orElseThrow().id();
    }

    private VersionText kjvText() {
        return library.version(kjv).orElseThrow();
    }

    private static int sentenceContaining(VersionText version, String words) {
        List<String> sentences = version.sentenceTexts();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no sentence with " + words);
    }

    /** A flag on the first occurrence of the words in sentence {@code k}. */
    private Flag flag(VersionText version, String words, int k) {
        Span sentence = version.paragraphs().stream().flatMap(p -> p.sentences().stream()).toList().get(k);
        int start = version.body().indexOf(words, sentence.start());
        assertThat(start).isBetween(sentence.start(), sentence.end() - words.length());
        return flags.create(version.summary().id(), new Span(start, start + words.length()),
                FlagCategory.LEXICAL_CHOICE.name(), null, null, "for the sentence edit test", ACTOR);
    }

    private Flag find(Flag flag) {
        return flags.ofVersion(flag.versionId()).stream().filter(f -> f.id() == flag.id()).findFirst().orElseThrow();
    }

    private StoredBead holding(long alignment, int sourceSentence) {
        return review.beadWithSourceSentence(alignment, sourceSentence).orElseThrow();
    }

    private List<StoredBead> all(long alignment) {
        return review.page(alignment, BeadFilter.ALL, 0, Integer.MAX_VALUE);
    }

    /** The beads follow each other from the first source sentence to the last. */
    private void requireWhole(long alignment, int sourceSentences) {
        List<BeadRange> ranges = all(alignment).stream().map(StoredBead::range).toList();
        assertThat(ranges.getFirst().sourceStart()).isZero();
        assertThat(ranges.getLast().sourceEnd()).isEqualTo(sourceSentences);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i - 1).isFollowedBy(ranges.get(i))).as("bead %d follows bead %d", i, i - 1).isTrue();
        }
        AlignmentTexts texts = review.texts(alignment);
        assertThat(texts.source()).hasSize(sourceSentences);
    }
}
