package org.parallax.core.text;

import java.util.List;
import java.util.Optional;
import org.parallax.core.repair.RepairedText;
import org.parallax.core.repair.TextRepairer;
import org.parallax.core.segment.LanguageGuesser;
import org.parallax.core.segment.SentenceSegmenter;
import org.parallax.core.segment.Segmenters;

/** The import pipeline after decoding: repair, detect the language unless given, split paragraphs into sentences. */
public final class TextPipeline {

    private static final TextRepairer REPAIRER = new TextRepairer();

    private TextPipeline() {
    }

    /**
     * @param raw      decoded text (see {@link org.parallax.core.ingest.TextInput#decode})
     * @param language a BCP 47 tag to use instead of detecting one
     */
    public static SegmentedDocument process(String raw, Optional<String> language) {
        RepairedText repaired = REPAIRER.repair(raw);
        Optional<String> given = language.map(String::strip).filter(tag -> !tag.isEmpty());
        String tag = given.orElseGet(() -> LanguageGuesser.detect(String.join("\n", repaired.paragraphs())));
        SentenceSegmenter segmenter = Segmenters.forLanguage(tag);
        List<SegmentedParagraph> paragraphs = repaired.paragraphs().stream()
                .map(text -> new SegmentedParagraph(text, segmenter.split(text)))
                .toList();
        return new SegmentedDocument(tag, repaired.metadata(), paragraphs, repaired.notes());
    }
}
