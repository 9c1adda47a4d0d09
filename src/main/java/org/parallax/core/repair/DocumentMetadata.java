package org.parallax.core.repair;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a document says about itself (an archive page's header, a source note), taken out of the body text.
 * Every component is null when the document does not state it; the {@code Optional} accessors say so explicitly.
 *
 * @param title            the document's own title
 * @param date             the document's date as printed, without a trailing weekday, e.g. "November 16, 1962"
 * @param citation         the archive's citation or source note, without its URL
 * @param summary          the archive's summary
 * @param originalLanguage BCP 47 tag of the language the text was translated from, e.g. "ru"
 * @param translator       the translator's name as printed, e.g. "Svetlana Savranskaya"
 * @param sourceUrl        the address the document was taken from
 */
public record DocumentMetadata(String title, String date, String citation, String summary, String originalLanguage,
                               String translator, String sourceUrl) {

    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null, null, null);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);

    public Optional<String> titleIfKnown() {
        return Optional.ofNullable(title);
    }

    public Optional<String> dateIfKnown() {
        return Optional.ofNullable(date);
    }

    /** The date as a calendar date, for sorting, if it is one of the forms the repair extracts. */
    public Optional<LocalDate> localDate() {
        if (date == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    public Optional<String> citationIfKnown() {
        return Optional.ofNullable(citation);
    }

    public Optional<String> summaryIfKnown() {
        return Optional.ofNullable(summary);
    }

    public Optional<String> originalLanguageIfKnown() {
        return Optional.ofNullable(originalLanguage);
    }

    public Optional<String> translatorIfKnown() {
        return Optional.ofNullable(translator);
    }

    public Optional<String> sourceUrlIfKnown() {
        return Optional.ofNullable(sourceUrl);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
