package org.parallax.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.text.Span;

/**
 * Splits where a sentence ends inside closing quotes and a capital follows ("...the Holy One of God!” Jesus
 * rebuked him"), which the OpenNLP UD models miss; UAX #29 already splits there, so the two kinds of segmenter
 * agree.
 */
final class QuoteBoundarySplitter {

    private static final Pattern QUOTED_END = Pattern.compile("[.!?…][\"'’”»]+(\\s+)(?=[\"“‘«(]?\\p{Lu})");

    private QuoteBoundarySplitter() {
    }

    static List<Span> split(String text, List<Span> sentences) {
        List<Span> result = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            Matcher m = QUOTED_END.matcher(text).region(sentence.start(), sentence.end());
            int start = sentence.start();
            while (m.find()) {
                result.add(new Span(start, m.start(1)));
                start = m.end(1);
            }
            result.add(new Span(start, sentence.end()));
        }
        return result;
    }
}
