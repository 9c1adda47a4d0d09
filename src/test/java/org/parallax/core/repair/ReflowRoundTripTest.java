package org.parallax.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.core.text.SharedTexts;

/**
 * Real texts, hard-wrapped the way seed 002 is (fixed column, a blank line after every printed line), must come
 * back as their paragraphs. Where a paragraph's last line happens to be nearly full no rule can see the paragraph
 * end, so these are floors on exactly recovered paragraphs, not equalities.
 */
class ReflowRoundTripTest {

    private final TextRepairer repairer = new TextRepairer();

    @Test
    void shouldRecoverMostParagraphsOfTheArchivePageWrappedAt80Columns() {
        List<String> paragraphs = repairer.repair(SharedTexts.read(SharedTexts.SEED_ARCHIVE_PAGE)).paragraphs();
        assertThat(recovered(paragraphs, 80)).isGreaterThanOrEqualTo(46).isLessThanOrEqualTo(paragraphs.size());
    }

    @Test
    void shouldRecoverMostParagraphsOfTheFrenchUdhrWrappedAt80Columns() {
        List<String> paragraphs = Arrays.stream(SharedTexts.read("texts/udhr/fra.txt").split("\n\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        assertThat(paragraphs).hasSize(91);
        assertThat(recovered(paragraphs, 80)).isGreaterThanOrEqualTo(83);
    }

    /** Chinese and Japanese lines break between any two characters and join without a space. */
    @Test
    void shouldRecoverMostParagraphsOfTheChineseAndJapaneseUdhrWrappedAt35Characters() {
        for (String file : List.of("cmn_hans.txt", "jpn.txt")) {
            List<String> paragraphs = Arrays.stream(SharedTexts.read("texts/udhr/" + file).split("\n\n"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            StringBuilder wrapped = new StringBuilder();
            for (String paragraph : paragraphs) {
                for (int i = 0; i < paragraph.length(); i += 35) {
                    wrapped.append(paragraph, i, Math.min(paragraph.length(), i + 35)).append('\n');
                }
            }
            Set<String> original = new HashSet<>(paragraphs);
            long recovered = repairer.repair(wrapped.toString()).paragraphs().stream().filter(original::contains).count();
            assertThat(recovered).as(file).isGreaterThanOrEqualTo(80);
        }
    }

    private int recovered(List<String> paragraphs, int columns) {
        RepairedText repaired = repairer.repair(wrap(paragraphs, columns));
        Set<String> original = new HashSet<>(paragraphs);
        return (int) repaired.paragraphs().stream().filter(original::contains).count();
    }

    /** Greedy line filling by character count, each printed line followed by a blank line. */
    private static String wrap(List<String> paragraphs, int columns) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > columns) {
                    text.append(line).append(" \n\n");
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            text.append(line).append(" \n\n");
        }
        return text.toString();
    }
}
