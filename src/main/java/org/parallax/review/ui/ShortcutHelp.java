package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The overlay listing the alignment editor's keyboard shortcuts (opened with "?"). */
final class ShortcutHelp extends Dialog {

    /** Key and what it does, in the order the overlay lists them. */
    static final List<List<String>> SHORTCUTS = List.of(
            List.of("↑ ↓", "move between beads (the grid has the focus)"),
            List.of("A", "approve the bead and go to the next one"),
            List.of("R", "reject the bead"),
            List.of("Shift+A", "approve every bead above this one"),
            List.of("M", "merge with the next bead"),
            List.of("Shift+M", "merge with the previous bead"),
            List.of("S", "split the bead…"),
            List.of("U", "unlink: source and target sentences become separate beads"),
            List.of("E", "edit a sentence of the bead: its text, split it, merge it with the next…"),
            List.of("N", "next unreviewed bead"),
            List.of("L", "unreviewed bead of lowest confidence"),
            List.of("G", "go to bead number…"),
            List.of("F", "flag the text selected in a target sentence…"),
            List.of("Ctrl+Z", "undo your last change"),
            List.of("Ctrl+Y", "redo"),
            List.of("?", "this help"));

    ShortcutHelp() {
        setHeaderTitle("Keyboard shortcuts");
        Div table = new Div();
        table.addClassName("px-shortcuts");
        for (List<String> shortcut : SHORTCUTS) {
            Span key = new Span(shortcut.get(0));
            key.addClassName("px-key");
            table.add(new Div(key, new Span(shortcut.get(1))));
        }
        add(table);
        getFooter().add(new Button("Close", click -> close()));
    }
}
