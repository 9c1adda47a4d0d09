package org.parallax.flags.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.html.Span;
import org.parallax.flags.Flag;
import org.parallax.library.VersionText;

/**
 * A version's text, paragraph by paragraph and sentence by sentence, with its flags highlighted in their category's
 * color (from the category list, so an administrator's new colors show at once). Text is always set as text, never
 * as HTML, so hostile input shows as written.
 */
public class FlaggedBody extends Div {

    public FlaggedBody(VersionText version, List<Flag> flags) {
        addClassName("px-body");
        getElement().setAttribute("lang", version.metadata().language());
        int sentenceNumber = 0;
        for (VersionText.Paragraph paragraph : version.paragraphs()) {
            Div shown = new Div();
            shown.addClassName("px-paragraph");
            shown.getElement().setAttribute("data-paragraph", String.valueOf(paragraph.ordinal() + 1));
            for (var sentence : paragraph.sentences()) {
                sentenceNumber++;
                Span shownSentence = sentence(version.body(), sentence, flags);
                shownSentence.addClassName(sentenceNumber % 2 == 0 ? "px-sentence-even" : "px-sentence");
                shownSentence.getElement().setAttribute("title", "sentence " + sentenceNumber);
                shown.add(shownSentence, new Text(" "));
            }
            add(shown);
        }
    }

    /** One sentence of a body text with the given flags highlighted; flags outside the sentence are skipped. */
    public static Span sentence(String body, org.parallax.core.text.Span sentence, List<Flag> flags) {
        Span shown = new Span();
        int cursor = sentence.start();
        for (Flag flag : flags) {
            int start = Math.max(flag.span().start(), cursor);
            int end = Math.min(flag.span().end(), sentence.end());
            if (start >= end) {
                continue;
            }
            if (start > cursor) {
                shown.add(new Text(body.substring(cursor, start)));
            }
            shown.add(mark(flag, body.substring(start, end)));
            cursor = end;
        }
        if (cursor < sentence.end()) {
            shown.add(new Text(body.substring(cursor, sentence.end())));
        }
        return shown;
    }

    public static Span mark(Flag flag, String text) {
        Span mark = new Span(text);
        mark.addClassNames("px-flag", "px-flag-" + flag.category().code().toLowerCase(Locale.ROOT),
                "px-flag-" + flag.status().name().toLowerCase(Locale.ROOT));
        mark.getElement().getStyle().set("background-color", flag.category().color())
                .set("color", flag.category().textColor());
        mark.getElement().setAttribute("data-flag", String.valueOf(flag.id()));
        mark.getElement().setAttribute("title", describe(flag));
        return mark;
    }

    public static String describe(Flag flag) {
        StringBuilder text = new StringBuilder(flag.category().label());
        if (flag.sourceTerm() != null) {
            text.append(": ").append(flag.sourceTerm());
        }
        if (flag.transliteration() != null) {
            text.append(" [").append(flag.transliteration()).append(']');
        }
        return text.append(" (").append(flag.status().name().toLowerCase(Locale.ROOT)).append(')').toString();
    }
}
