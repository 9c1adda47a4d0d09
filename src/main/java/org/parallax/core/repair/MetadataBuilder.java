package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects metadata fields as the header parsers find them, with a note for each; the first value found wins. */
final class MetadataBuilder {

    private static final Pattern TRANSLATOR = Pattern.compile(
            "(?:Translated|Translation) by ((?:\\p{Lu}[\\p{L}'’.-]*\\s?)+)");

    private String title;
    private String date;
    private String citation;
    private String summary;
    private String originalLanguage;
    private String translator;
    private String sourceUrl;
    private final List<RepairNote> notes = new ArrayList<>();

    void title(String value) {
        title = first(title, "title", value);
    }

    void date(String value) {
        date = first(date, "date", value);
    }

    boolean hasCitation() {
        return citation != null;
    }

    void citation(String value) {
        citation = first(citation, "citation", value);
        translatorFrom(value);
    }

    void summary(String value) {
        summary = first(summary, "summary", value);
    }

    void originalLanguage(String value) {
        originalLanguage = first(originalLanguage, "original language", value);
    }

    void translator(String value) {
        translator = first(translator, "translator", value);
    }

    void sourceUrl(String value) {
        sourceUrl = first(sourceUrl, "source URL", value);
    }

    /** A field the metadata has no place for; it is kept in a note, and may name the translator. */
    void other(String name, String value) {
        note(name + " (kept in this note only)", value);
        translatorFrom(value);
    }

    /** Takes the translator's name from "Translated by X" or "Translation by X for ...". */
    private void translatorFrom(String text) {
        Matcher m = TRANSLATOR.matcher(text);
        if (translator == null && m.find()) {
            translator(m.group(1).strip().replaceAll("[.]$", ""));
        }
    }

    private String first(String current, String name, String value) {
        if (current != null) {
            note(name + " (kept in this note only)", value);
            return current;
        }
        note(name, value);
        return value;
    }

    private void note(String name, String value) {
        notes.add(new RepairNote(RepairNote.Kind.EXTRACTED_METADATA, RepairNote.WHOLE_DOCUMENT, name + ": " + value));
    }

    DocumentMetadata build() {
        return new DocumentMetadata(title, date, citation, summary, originalLanguage, translator, sourceUrl);
    }

    List<RepairNote> notes() {
        return List.copyOf(notes);
    }
}
