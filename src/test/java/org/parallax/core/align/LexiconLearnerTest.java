package org.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconLearnerTest {

    private static final List<String> GERMAN = List.of("das Haus", "das Buch", "ein Buch");
    private static final List<String> ENGLISH = List.of("the house", "the book", "one book");

    /**
     * The textbook Model 1 case: "das" and "Buch" each meet their translation twice, which pulls "house" to "Haus"
     * and "one" to "ein" (each alone with them) by elimination.
     */
    @Test
    void shouldLearnTheTextbookPairsByElimination() {
        List<LexiconLearner.LearnedPair> learned = LexiconLearner.learn(GERMAN, ENGLISH,
                new LexiconLearner.Settings(0.5, 1, 100));

        assertThat(learned).extracting(p -> p.sourceWord() + "=" + p.targetWord())
                .containsExactly("buch=book", "das=the", "ein=one", "haus=house");
        assertThat(learned).filteredOn(p -> p.sourceWord().equals("das")).singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(2));
    }

    @Test
    void shouldKeepOnlyPairsSeenInEnoughSentencePairs() {
        List<LexiconLearner.LearnedPair> learned = LexiconLearner.learn(GERMAN, ENGLISH,
                new LexiconLearner.Settings(0.5, 2, 100));

        assertThat(learned).extracting(p -> p.sourceWord() + "=" + p.targetWord())
                .containsExactly("buch=book", "das=the");
    }

    @Test
    void shouldGiveWordsInTheFormTheAlignerLooksUp() {
        List<String> russian = List.of("Большой дом.", "Новый дом.", "Большой город.");
        List<String> english = List.of("A big house.", "A new house.", "A big city.");

        List<LexiconLearner.LearnedPair> learned = LexiconLearner.learn(russian, english,
                new LexiconLearner.Settings(0.5, 2, 100));

        assertThat(learned).extracting(p -> p.sourceWord() + "=" + p.targetWord())
                .containsExactly("bol'soj=big", "dom=house");
        Lexicon lexicon = LexiconLearner.lexiconOf(learned);
        assertThat(lexicon.translationsOf(WordForms.normalize("Дом"))).containsExactly("house");
        assertThat(lexicon.translationsOf(WordForms.normalize("Большой"))).containsExactly("big");
    }

    @Test
    void shouldLearnNothingFromNothing() {
        assertThat(LexiconLearner.learn(List.of(), List.of(), LexiconLearner.APPROVED)).isEmpty();
        assertThat(LexiconLearner.learn(List.of("1 2 3"), List.of("a b"), LexiconLearner.APPROVED)).isEmpty();
    }

    @Test
    void shouldRefuseTextsOfDifferentCounts() {
        assertThatThrownBy(() -> LexiconLearner.learn(List.of("a"), List.of(), LexiconLearner.APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Real verses: Jonah, KJV against Reina-Valera 1909 (gold 1-1 beads), learns the book's key words. */
    @Test
    void shouldLearnTheNamesAndWordsOfJonahFromApprovedVerses() {
        List<String> english = EvalSets.lines("eval/public/bible-jonah-kjv-rv1909/src.txt");
        List<String> spanish = EvalSets.lines("eval/public/bible-jonah-kjv-rv1909/tgt.txt");
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (String bead : EvalSets.gold("eval/public/bible-jonah-kjv-rv1909/gold.txt")) {
            String[] sides = bead.split(":");
            if (!sides[0].equals("[]") && !sides[1].equals("[]") && !sides[0].contains(",") && !sides[1].contains(",")) {
                sources.add(english.get(Integer.parseInt(sides[0].substring(1, sides[0].length() - 1))));
                targets.add(spanish.get(Integer.parseInt(sides[1].substring(1, sides[1].length() - 1))));
            }
        }

        Lexicon lexicon = LexiconLearner.lexiconOf(LexiconLearner.learn(sources, targets, LexiconLearner.APPROVED));

        assertThat(lexicon.translationsOf("jonah")).contains("jonas");
        assertThat(lexicon.translationsOf("lord")).contains("jehova");
        assertThat(lexicon.translationsOf("nineveh")).contains("ninive");
        assertThat(lexicon.translationsOf("sea")).contains("mar");
    }
}
