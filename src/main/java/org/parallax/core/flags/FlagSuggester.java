package org.parallax.core.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.text.Span;

/**
 * Suggests flags from a translation's own brackets, without the source text.
 *
 * <ul>
 *   <li>a romanised Russian term after a word or phrase, "prove [dokazat’]" → {@link FlagCategory#SOURCE_TERM_KEPT}
 *       on "prove" with source term "доказать" (see {@link SourceTermAnchor}, {@link RomanisationDetector},
 *       {@link ReverseTransliterator}); a capitalised term (a name) only after a capitalised or quoted phrase,
 *       and on the bracket itself when nothing precedes it;</li>
 *   <li>a note, "[i.e., as caring only about Soviet interests —ed.]" or one opening with i.e., e.g., sic, cf.,
 *       N.B. or "note" → {@link FlagCategory#EDITORIAL_NOTE}; line breaks and runs of spaces inside are fine;</li>
 *   <li>an ellipsis, "[...]" → {@link FlagCategory#OMISSION};</li>
 *   <li>any other bracketed words, "[John F.] Kennedy" → {@link FlagCategory#EDITORIAL_INSERTION}.</li>
 * </ul>
 * Not flagged: a bracket that is the whole paragraph or starts with "Source:" (the archive's citation, not a
 * translator's intervention), and brackets without letters such as "[12]".
 * Span conventions are those of {@link SuggestedFlag}. Stateless and thread-safe.
 */
public final class FlagSuggester {

    /** A bracket pair without nested brackets; long runs are a stray "[" rather than an intervention. */
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]{1,400})]");
    private static final Pattern NOTE_SIGNATURE = Pattern.compile("\\s*[—–-]+\\s*(?:ed|eds|trans|transl|tr)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_OPENING = Pattern.compile("^(?:i\\.\\s?e\\.|e\\.\\s?g\\.|sic\\b|cf\\.|n\\.\\s?b\\.|note\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.\\s*){3}|…");
    private static final Pattern CITATION = Pattern.compile("^source\\s*:", Pattern.CASE_INSENSITIVE);

    private final ReverseTransliterator transliterator = new ReverseTransliterator();

    /**
     * @param paragraphs the translation's paragraphs, not null (nor any element)
     * @return the suggestions in text order: by paragraph, then by start offset
     */
    public List<SuggestedFlag> suggest(List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        List<SuggestedFlag> flags = new ArrayList<>();
        for (int index = 0; index < paragraphs.size(); index++) {
            flags.addAll(suggestIn(index, paragraphs.get(index)));
        }
        return List.copyOf(flags);
    }

    private List<SuggestedFlag> suggestIn(int index, String paragraph) {
        List<SuggestedFlag> flags = new ArrayList<>();
        Matcher bracket = BRACKET.matcher(paragraph);
        while (bracket.find()) {
            String content = collapseSpaces(bracket.group(1));
            boolean wholeParagraph = paragraph.strip().equals(bracket.group());
            if (wholeParagraph || CITATION.matcher(content).find() || content.isEmpty()) {
                continue;
            }
            Span inside = trimmed(paragraph, bracket.start(1), bracket.end(1));
            flagFor(index, paragraph, bracket.start(), inside, content).ifPresent(flags::add);
        }
        return flags;
    }

    private Optional<SuggestedFlag> flagFor(int index, String paragraph, int open, Span inside, String content) {
        if (NOTE_SIGNATURE.matcher(content).find() || NOTE_OPENING.matcher(content).find()) {
            String note = NOTE_SIGNATURE.matcher(content).replaceFirst("");
            return Optional.of(flag(index, paragraph, inside, FlagCategory.EDITORIAL_NOTE, null, null, note));
        }
        if (ELLIPSIS.matcher(content).matches()) {
            return Optional.of(flag(index, paragraph, inside, FlagCategory.OMISSION, null, null,
                    "text left out by the editor"));
        }
        if (content.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        if (RomanisationDetector.isRomanisedRussian(content)) {
            Optional<Span> rendering = SourceTermAnchor.before(paragraph, open, content.split(" ").length);
            boolean name = Character.isUpperCase(content.charAt(0));
            if (!name || rendering.filter(span -> rendersName(paragraph, span)).isPresent()) {
                return Optional.of(flag(index, paragraph, rendering.orElse(inside), FlagCategory.SOURCE_TERM_KEPT,
                        transliterator.toCyrillic(content), content, "translator kept the source term: [" + content + "]"));
            }
        }
        return Optional.of(flag(index, paragraph, inside, FlagCategory.EDITORIAL_INSERTION, null, null,
                "words supplied by the translator"));
    }

    /**
     * A capitalised term is a name, and a name is rendered by a capitalised or quoted phrase; so "from [Robert]
     * Kennedy", where "Robert" happens to be spelled like romanised Russian, stays an insertion.
     */
    private static boolean rendersName(String paragraph, Span rendering) {
        char before = rendering.start() > 0 ? paragraph.charAt(rendering.start() - 1) : ' ';
        return Character.isUpperCase(paragraph.charAt(rendering.start())) || "“\"«„".indexOf(before) >= 0;
    }

    private static SuggestedFlag flag(int index, String paragraph, Span span, FlagCategory category,
                                      String sourceTerm, String transliteration, String comment) {
        return new SuggestedFlag(index, span.start(), span.end(), span.of(paragraph), category,
                sourceTerm, transliteration, comment);
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static String collapseSpaces(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
