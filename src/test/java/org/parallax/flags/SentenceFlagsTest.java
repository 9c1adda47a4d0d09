package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.text.Span;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The editor's view of flags: sentence by sentence, a selection turned into body offsets, and the source link. */
@ParallaxIntegrationTest
@WithMockUser(username = "tina", roles = "TRANSLATOR")
class SentenceFlagsTest {

    @Autowired
    FlagService flags;

    @Autowired
    LibraryService library;

    @Test
    void shouldNumberSentencesAsAlignmentsDoAndTurnASelectionIntoBodyOffsets() {
        VersionText english = udhr("en");
        SentenceFlags before = flags.inSentences(english.summary().id());
        assertThat(before.sentences().stream().map(s -> s.of(before.body())).toList())
                .isEqualTo(english.sentenceTexts());

        int sentence = indexOf(english.sentenceTexts(), "All human beings are born free");
        int inSentence = english.sentenceTexts().get(sentence).indexOf("dignity");
        Span body = before.bodySpan(sentence, new Span(inSentence, inSentence + "dignity".length()));
        Flag flag = flags.create(english.summary().id(), body, FlagCategory.TERMINOLOGY.name(), "достоинство",
                "dostoinstvo", null, "tina");

        SentenceFlags after = flags.inSentences(english.summary().id());
        assertThat(flag.text()).isEqualTo("dignity");
        assertThat(after.in(sentence)).extracting(Flag::id).containsExactly(flag.id());
        assertThat(after.in(sentence + 1)).extracting(Flag::id).doesNotContain(flag.id());
    }

    @Test
    void shouldRefuseASelectionThatLeavesItsSentence() {
        VersionText english = udhr("en");
        SentenceFlags sentences = flags.inSentences(english.summary().id());
        int length = sentences.sentences().getFirst().length();

        assertThatThrownBy(() -> sentences.bodySpan(0, new Span(length - 2, length + 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves the sentence");
        assertThatThrownBy(() -> sentences.bodySpan(0, new Span(3, 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "sam", roles = "SCHOLAR")
    void shouldRefuseAFlagFromAScholar() {
        VersionText english = udhr("en");

        assertThatThrownBy(() -> flags.create(english.summary().id(), new Span(0, 3),
                FlagCategory.LEXICAL_CHOICE.name(), null, null, null, "sam")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldFindTheSourceTermInflectedInTheRussianSourceSentence() {
        VersionText russian = udhr("ru");
        String sentence = russian.sentenceTexts().get(indexOf(russian.sentenceTexts(), "Все люди рождаются"));

        Span found = new SourceTermLinks().locate("ru", sentence, "достоинство").orElseThrow();

        assertThat(found.of(sentence)).isEqualTo("достоинстве");
        assertThat(new SourceTermLinks().locate("en", sentence, "достоинство")).isEmpty();
    }

    private VersionText udhr(String slug) {
        WorkSummary work = library.work("udhr").orElseThrow();
        long id = work.version(slug).orElseThrow().id();
        return library.version(id).orElseThrow();
    }

    private static int indexOf(List<String> sentences, String start) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no sentence starts with " + start);
    }
}
