package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.List;

/** A paragraph while the repair is still working on it, with the notes that will point at it. */
final class Draft {

    record Note(RepairNote.Kind kind, String detail) {
    }

    private String text;
    private final List<Note> notes = new ArrayList<>();

    Draft(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    void replace(String newText, RepairNote.Kind kind, String detail) {
        text = newText;
        notes.add(new Note(kind, detail));
    }

    /** Appends a further printed line of the same paragraph. */
    void append(String separator, String line) {
        text = text + separator + line;
    }

    /** Appends {@code next} (text and notes) to this paragraph, separated by {@code separator}. */
    void absorb(Draft next, String separator, RepairNote.Kind kind, String detail) {
        text = text + separator + next.text;
        notes.add(new Note(kind, detail));
        notes.addAll(next.notes);
    }

    void note(RepairNote.Kind kind, String detail) {
        notes.add(new Note(kind, detail));
    }

    List<Note> notes() {
        return notes;
    }
}
