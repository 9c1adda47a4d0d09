package org.parallax.core.segment;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.parallax.core.text.Span;

/**
 * OpenNLP's maximum-entropy sentence detector with a pretrained Universal Dependencies model, followed by
 * {@link QuoteBoundarySplitter} (the models miss "...God!” Jesus") and {@link SentenceMerger} (they carry no
 * abbreviation dictionary and split after "p.m." or "J. R.").
 * The model is shared; a {@link SentenceDetectorME} (not thread-safe) is made per call.
 */
final class OpenNlpSegmenter implements SentenceSegmenter {

    private final SentenceModel model;
    private final SentenceMerger merger;

    OpenNlpSegmenter(SentenceModel model, AbbreviationRules rules) {
        this.model = model;
        this.merger = new SentenceMerger(rules);
    }

    @Override
    public List<Span> split(String paragraph) {
        if (paragraph.isBlank()) {
            return List.of();
        }
        opennlp.tools.util.Span[] found = new SentenceDetectorME(model).sentPosDetect(paragraph);
        List<Span> sentences = new ArrayList<>(found.length);
        for (opennlp.tools.util.Span span : found) {
            Spans.trimmed(paragraph, span.getStart(), span.getEnd()).ifPresent(sentences::add);
        }
        return merger.merge(paragraph, QuoteBoundarySplitter.split(paragraph, Spans.covering(paragraph, sentences)));
    }
}
