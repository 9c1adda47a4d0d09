package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextPipelineTest {

    @Test
    void shouldRepairDetectAndSegmentTheArchivePage() {
        SegmentedDocument document = TextPipeline.process(SharedTexts.read(SharedTexts.SEED_ARCHIVE_PAGE),
                Optional.empty());

        assertThat(document.language()).isEqualTo("en");
        assertThat(document.metadata().translator()).isEqualTo("Svetlana Savranskaya");
        assertThat(document.paragraphs()).hasSize(48);
        SegmentedParagraph joined = document.paragraphs().get(42);
        assertThat(joined.sentenceTexts()).last().isEqualTo("We are hoping that Kennedy will understand the "
                + "inappropriateness of raising the issue about the U.N. posts in the territory of the Soviet Union in "
                + "connection with the Cuban issue and would not insist on that.");
        assertThat(document.paragraphs().get(14).sentenceTexts()).contains("Under certain conditions one has to show "
                + "significant flexibility, so that while relying on force, i.e. on weapons, one is still able to use "
                + "diplomatic channels as well, when the situation demands that and when it is in our interests.");
        assertThat(document.sentenceCount()).isEqualTo(137);
    }

    @Test
    void shouldUseTheGivenLanguageInsteadOfDetectingOne() {
        String russian = "Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и "
                + "совестью и должны поступать в отношении друг друга в духе братства.";
        assertThat(TextPipeline.process(russian, Optional.empty()).language()).isEqualTo("ru");

        SegmentedDocument document = TextPipeline.process(russian, Optional.of("uk"));

        assertThat(document.language()).isEqualTo("uk");
        assertThat(document.paragraphs()).singleElement().satisfies(p -> assertThat(p.sentences()).hasSize(2));
        assertThat(document.notes()).isEmpty();
    }
}
