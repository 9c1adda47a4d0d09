package org.parallax.review.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.parallax.core.text.Span;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.flags.SentenceFlags;
import org.parallax.ui.ErrorMessage;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor's flags: the target version's flags sentence by sentence, and turning the browser's text selection in
 * a target sentence into a new flag.
 */
final class BeadFlags {

    /** Remembers the last non-empty selection inside a target sentence as "sentence,start,end" on the panel. */
    private static final String TRACK_SELECTION = """
            const panel = this;
            document.addEventListener('selectionchange', () => {
              const selection = document.getSelection();
              if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
              const range = selection.getRangeAt(0);
              const node = range.startContainer;
              const sentence = (node.nodeType === 1 ? node : node.parentElement).closest('[data-target-sentence]');
              if (!sentence || !panel.contains(sentence) || !sentence.contains(range.endContainer)) return;
              const before = document.createRange();
              before.selectNodeContents(sentence);
              before.setEnd(range.startContainer, range.startOffset);
              const start = before.toString().length;
              panel.pxSelection = sentence.dataset.targetSentence + ',' + start + ',' + (start + range.toString().length);
            });""";

    private final FlagService flags;
    private final long targetVersionId;
    private final String actor;
    private final Runnable afterCreate;
    private SentenceFlags target;

    BeadFlags(FlagService flags, long targetVersionId, String actor, Runnable afterCreate) {
        this.flags = flags;
        this.targetVersionId = targetVersionId;
        this.actor = actor;
        this.afterCreate = afterCreate;
        this.target = flags.inSentences(targetVersionId);
    }

    /** Reads the target version's sentences and flags again (its text was edited). */
    void reload() {
        target = flags.inSentences(targetVersionId);
    }

    SentenceFlags target() {
        return target;
    }

    List<Flag> all() {
        return target.flags();
    }

    static void trackSelection(Element panel) {
        panel.executeJs(TRACK_SELECTION);
    }

    static void forgetSelection(Element panel) {
        panel.executeJs("this.pxSelection = ''");
    }

    /** Reads the selection remembered on the panel and asks what to flag it as. */
    void flagSelection(Element panel) {
        panel.executeJs("return this.pxSelection || ''").then(String.class, this::openDialog);
    }

    private void openDialog(String selection) {
        String[] parts = selection.split(",");
        if (parts.length != 3) {
            Notification.show("Select a word or phrase in a target sentence of the selected bead first.");
            return;
        }
        int sentence = Integer.parseInt(parts[0]);
        Span inBody;
        try {
            inBody = target.bodySpan(sentence, new Span(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        } catch (IllegalArgumentException e) {
            Notification.show("Cannot flag this selection: " + e.getMessage());
            return;
        }
        new FlagSelectionDialog(inBody.of(target.body()), draft -> create(inBody, draft)).open();
    }

    private boolean create(Span inBody, FlagSelectionDialog.Draft draft) {
        try {
            flags.create(targetVersionId, inBody, draft.category(), draft.sourceTerm(), draft.transliteration(),
                    draft.comment(), actor);
        } catch (AccessDeniedException e) {
            ErrorMessage.show("Not allowed: only translators, editors and admins can create flags.");
            return false;
        } catch (IllegalArgumentException e) {
            ErrorMessage.show("Cannot flag this selection: " + e.getMessage());
            return false;
        }
        target = flags.inSentences(targetVersionId);
        afterCreate.run();
        return true;
    }

}
