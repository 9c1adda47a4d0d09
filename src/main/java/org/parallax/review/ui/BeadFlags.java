package org.parallax.review.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Supplier;
import org.parallax.core.text.Span;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.flags.SentenceFlags;
import org.parallax.flags.SourceLinkService;
import org.parallax.review.ConflictException;
import org.parallax.ui.ErrorMessage;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor's flags: the target version's flags sentence by sentence, turning the browser's text selection in a
 * target sentence (and, optionally, in a source sentence) into a new flag linked to its source span, and changing
 * that link.
 */
final class BeadFlags {

    /**
     * Remembers the last non-empty selection inside a target sentence as "sentence,start,end" on the panel
     * (pxSelection), and likewise inside a source sentence (pxSourceSelection).
     */
    private static final String TRACK_SELECTION = """
            const panel = this;
            document.addEventListener('selectionchange', () => {
              const selection = document.getSelection();
              if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
              const range = selection.getRangeAt(0);
              const node = range.startContainer;
              const element = node.nodeType === 1 ? node : node.parentElement;
              const sentence = element.closest('[data-target-sentence], [data-source-sentence]');
              if (!sentence || !panel.contains(sentence) || !sentence.contains(range.endContainer)) return;
              const before = document.createRange();
              before.selectNodeContents(sentence);
              before.setEnd(range.startContainer, range.startOffset);
              const start = before.toString().length;
              const isTarget = sentence.hasAttribute('data-target-sentence');
              const number = isTarget ? sentence.dataset.targetSentence : sentence.dataset.sourceSentence;
              const remembered = number + ',' + start + ',' + (start + range.toString().length);
              if (isTarget) panel.pxSelection = remembered; else panel.pxSourceSelection = remembered;
            });""";

    private final FlagService flags;
    private final SourceLinkService sourceLinks;
    private final long alignmentId;
    private final long targetVersionId;
    private final String actor;
    private final Runnable afterChange;
    private final SentenceFlags source;
    private SentenceFlags target;

    BeadFlags(FlagService flags, SourceLinkService sourceLinks, long alignmentId, long sourceVersionId,
              long targetVersionId, String actor, Runnable afterChange) {
        this.flags = flags;
        this.sourceLinks = sourceLinks;
        this.alignmentId = alignmentId;
        this.targetVersionId = targetVersionId;
        this.actor = actor;
        this.afterChange = afterChange;
        this.source = flags.inSentences(sourceVersionId);
        this.target = flags.inSentences(targetVersionId);
    }

    /** Reads the target version's sentences and flags again (its text was edited). */
    void reload() {
        target = flags.inSentences(targetVersionId);
    }

    SentenceFlags target() {
        return target;
    }

    /** The source version's body and sentences, to show stored source spans. */
    SentenceFlags source() {
        return source;
    }

    List<Flag> all() {
        return target.flags();
    }

    static void trackSelection(Element panel) {
        panel.executeJs(TRACK_SELECTION);
    }

    static void forgetSelection(Element panel) {
        panel.executeJs("this.pxSelection = ''; this.pxSourceSelection = ''");
    }

    /** Reads the selections remembered on the panel and asks what to flag the target one as. */
    void flagSelection(Element panel) {
        panel.executeJs("return (this.pxSelection || '') + ';' + (this.pxSourceSelection || '')")
                .then(String.class, this::openDialog);
    }

    /** Links the flag to the source text selected in the panel. */
    void linkSelectedSource(Element panel, Flag flag) {
        panel.executeJs("return this.pxSourceSelection || ''").then(String.class, selection -> {
            Span inBody = selected(source, selection);
            if (inBody == null) {
                Notification.show("Select the source text this flag renders in a source sentence of the bead first.");
                return;
            }
            change(() -> sourceLinks.linkSource(flag.id(), flag.lockVersion(), alignmentId, inBody, actor), "Source linked");
        });
    }

    void relinkSource(Flag flag) {
        change(() -> sourceLinks.relinkSource(flag.id(), flag.lockVersion(), alignmentId, actor), "Source re-linked");
    }

    void clearSource(Flag flag) {
        change(() -> sourceLinks.clearSource(flag.id(), flag.lockVersion(), actor), "Source link cleared");
    }

    private void openDialog(String selections) {
        String[] parts = selections.split(";", -1);
        if (parts[0].split(",").length != 3) {
            Notification.show("Select a word or phrase in a target sentence of the selected bead first.");
            return;
        }
        Span inBody = selected(target, parts[0]);
        Span sourceInBody = parts.length > 1 ? selected(source, parts[1]) : null;
        if (inBody == null) {
            return;
        }
        new FlagSelectionDialog(inBody.of(target.body()), sourceInBody == null ? null : sourceInBody.of(source.body()),
                flags.offeredCategories(), draft -> create(inBody, sourceInBody, draft)).open();
    }

    /** A remembered "sentence,start,end" as body offsets; null (with a message if malformed) when there is none. */
    private static Span selected(SentenceFlags side, String selection) {
        String[] parts = selection.split(",");
        if (parts.length != 3) {
            return null;
        }
        try {
            return side.bodySpan(Integer.parseInt(parts[0]), new Span(Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])));
        } catch (IllegalArgumentException e) {
            Notification.show("Cannot use this selection: " + e.getMessage());
            return null;
        }
    }

    private boolean create(Span inBody, Span sourceInBody, FlagSelectionDialog.Draft draft) {
        return change(() -> flags.createInAlignment(alignmentId, inBody, draft.category().code(), draft.sourceTerm(),
                draft.transliteration(), draft.comment(), sourceInBody, actor), "Flag created");
    }

    private boolean change(Supplier<Flag> change, String done) {
        try {
            change.get();
        } catch (AccessDeniedException e) {
            ErrorMessage.show("Not allowed: only translators, editors and admins can create flags, and only editors "
                    + "change their source links.");
            return false;
        } catch (ConflictException | IllegalArgumentException e) {
            ErrorMessage.show(e.getMessage());
            return false;
        }
        target = flags.inSentences(targetVersionId);
        afterChange.run();
        Notification.show(done);
        return true;
    }
}
