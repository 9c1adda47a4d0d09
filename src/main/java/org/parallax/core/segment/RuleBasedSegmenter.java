package org.parallax.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.text.Span;

/**
 * Sentence boundaries by the Unicode text segmentation rules (UAX #29, "Sentence Boundaries", as implemented by
 * ICU4J), which need no trained model and handle CJK full stops without spaces ("。！？"), then
 * {@link SentenceMerger} for the language's abbreviations and initials, which UAX #29 alone splits
 * ("А. | И. | Микоян"). For languages without an OpenNLP model: Russian, Spanish, Ukrainian, Polish, Chinese,
 * Japanese and any other.
 */
final class RuleBasedSegmenter implements SentenceSegmenter {

    private final ULocale locale;
    private final SentenceMerger merger;

    RuleBasedSegmenter(String language, AbbreviationRules rules) {
        this.locale = ULocale.forLanguageTag(language);
        this.merger = new SentenceMerger(rules);
    }

    @Override
    public List<Span> split(String paragraph) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(locale);
        boundaries.setText(paragraph);
        List<Span> sentences = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            Spans.trimmed(paragraph, start, end).ifPresent(sentences::add);
        }
        return merger.merge(paragraph, sentences);
    }
}
