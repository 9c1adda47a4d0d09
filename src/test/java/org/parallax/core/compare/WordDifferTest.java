package org.parallax.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.compare.WordChange.Kind;
import org.parallax.core.text.Span;

class WordDifferTest {

    private final WordDiffer differ = new WordDiffer();

    @Test
    void shouldFindUntoChangedToTo() {
        String kjv = JonahVerses.kjv("And the word of the LORD came unto Jonah the second time");
        String web = JonahVerses.web("Yahweh’s word came to Jonah the second time");

        WordDiff diff = differ.compare(kjv, web);

        assertThat(described(diff, kjv, web)).containsExactly(
                "CHANGE [And the] -> [Yahweh’s]",
                "DELETE [of the LORD] -> []",
                "CHANGE [unto] -> [to]",
                "INSERT [] -> [“]",
                "CHANGE [unto] -> [to]",
                "CHANGE [unto] -> [to]",
                "CHANGE [preaching] -> [message]",
                "CHANGE [bid thee] -> [give you]");
    }

    @Test
    void shouldDetectATranspositionAsOneMove() {
        String kjv = "Then the mariners were afraid, and cried every man unto his god.";
        String web = JonahVerses.web("Then the mariners were afraid");
        assertThat(web).isEqualTo("Then the mariners were afraid, and every man cried to his god.");

        WordDiff diff = differ.compare(kjv, web);

        assertThat(described(diff, kjv, web)).containsExactly("MOVED [cried] -> [cried]", "CHANGE [unto] -> [to]");
        WordChange moved = diff.differences().getFirst();
        assertThat(moved.left()).isEqualTo(new Span(35, 40));
        assertThat(moved.right()).isEqualTo(new Span(45, 50));
    }

    @Test
    void shouldNotCallAShortWordFoundElsewhereAMove() {
        String kjv = "and he found a ship going to Tarshish";
        String web = "and found a ship going to Tarshish; he paid";

        WordDiff diff = differ.compare(kjv, web);

        assertThat(described(diff, kjv, web)).containsExactly("DELETE [he] -> []", "INSERT [] -> [; he paid]");
    }

    @Test
    void shouldKeepEqualStretchesWithSpansInBothTexts() {
        String kjv = JonahVerses.kjv("And the word of the LORD came unto Jonah the second time");
        String web = JonahVerses.web("Yahweh’s word came to Jonah the second time");

        WordDiff diff = differ.compare(kjv, web);

        assertThat(diff.changes()).extracting(WordChange::kind, c -> c.left().of(kjv), c -> c.right().of(web))
                .startsWith(tuple(Kind.CHANGE, "And the", "Yahweh’s"), tuple(Kind.EQUAL, "word", "word"),
                        tuple(Kind.DELETE, "of the LORD", ""), tuple(Kind.EQUAL, "came", "came"),
                        tuple(Kind.CHANGE, "unto", "to"), tuple(Kind.EQUAL, "Jonah the second time, saying,",
                                "Jonah the second time, saying,"));
        WordChange quote = diff.changes().get(6);
        assertThat(quote.kind()).isEqualTo(Kind.INSERT);
        assertThat(quote.left().length()).isZero();
        assertThat(kjv.substring(0, quote.left().start())).endsWith("saying,");
    }

    @Test
    void shouldScoreVariationAsTheShareOfChangedTokens() {
        String kjv = JonahVerses.kjv("And the word of the LORD came unto Jonah the second time");
        String web = JonahVerses.web("Yahweh’s word came to Jonah the second time");

        WordDiff same = differ.compare(kjv, kjv);
        WordDiff differing = differ.compare(kjv, web);
        WordDiff nothingShared = differ.compare("Arise, go.", "Levántate y ve");

        assertThat(same.variation()).isZero();
        assertThat(same.differences()).isEmpty();
        // Changed: 2+1 (And the / Yahweh’s), 3 (of the LORD), 3 x (1+1) unto/to, 1 (“), 1+1, 2+2 = 19 of 36 + 33.
        assertThat(differing.leftTokens()).isEqualTo(36);
        assertThat(differing.rightTokens()).isEqualTo(33);
        assertThat(differing.changedTokens()).isEqualTo(19);
        assertThat(differing.variation()).isEqualTo(19.0 / 69);
        assertThat(nothingShared.variation()).isEqualTo(1.0);
    }

    @Test
    void shouldTokenizeWordsAndPunctuationWithOffsets() {
        List<Token> tokens = Tokens.of("go to Nineveh, that great city");

        assertThat(tokens).extracting(Token::text, Token::span).startsWith(
                tuple("go", new Span(0, 2)), tuple("to", new Span(3, 5)), tuple("Nineveh", new Span(6, 13)),
                tuple(",", new Span(13, 14)));
        assertThat(tokens).hasSize(7);
        assertThat(Tokens.of("人人生而自由，在尊严和权利上一律平等。")).extracting(Token::text)
                .contains("，", "。").hasSizeGreaterThan(6);
    }

    private static List<String> described(WordDiff diff, String left, String right) {
        return diff.differences().stream()
                .map(c -> c.kind() + " [" + c.left().of(left) + "] -> [" + c.right().of(right) + "]")
                .toList();
    }
}
