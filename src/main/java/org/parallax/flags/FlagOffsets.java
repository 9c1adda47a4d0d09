package org.parallax.flags;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.text.Span;
import org.parallax.core.text.TextEdit;
import org.parallax.library.VersionTextEdited;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place where flags follow edits of their version's body text, in the edit's transaction. A flag before the
 * changed text stays, one after it moves; a flag whose own text only moved (the change lies elsewhere in the sentence)
 * keeps its text and status. A flag whose text the edit changed is never dropped: it covers what is now written there
 * (an empty span if its text was deleted), goes back to PROPOSED for an editor to look at again, and its history says
 * what happened; its state before is kept with the edit, so undoing the edit puts it back exactly.
 */
@Component
class FlagOffsets {

    private static final int TEXT_COLUMN = 2000;

    private final JdbcClient jdbc;

    FlagOffsets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Located(long id, Span span, String text, String status) {
    }

    @EventListener
    public void textEdited(VersionTextEdited edited) {
        if (edited.edit() == null) {
            return;
        }
        Map<Long, Located> kept = edited.undo() ? snapshot(edited.sentenceEditId()) : Map.of();
        if (!edited.undo()) {
            jdbc.sql("delete from sentence_edit_flag where sentence_edit_id = ?").param(edited.sentenceEditId())
                    .update();
        }
        moveFlagSpans(edited, kept);
        moveSourceSpans(edited);
        kept.values().forEach(flag -> restore(flag, edited));
    }

    /**
     * Moves the flags located in the edited version ({@code flag.version_id}, {@code start_offset}, {@code end_offset}),
     * except those {@code kept} to be restored.
     */
    private void moveFlagSpans(VersionTextEdited edited, Map<Long, Located> kept) {
        TextEdit edit = edited.edit();
        Span changed = edit.changedBefore();
        List<Located> overlapping = jdbc.sql("select id, start_offset, end_offset, flagged_text, status from flag "
                        + "where version_id = ? and start_offset < ? and end_offset > ?")
                .params(edited.versionId(), changed.end(), changed.start())
                .query((rs, row) -> new Located(rs.getLong(1), new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4),
                        rs.getString(5)))
                .list();
        jdbc.sql("update flag set start_offset = start_offset + ?, end_offset = end_offset + ? where version_id = ? "
                        + "and start_offset >= ? and end_offset > ?" + excluding(kept))
                .params(edit.delta(), edit.delta(), edited.versionId(), changed.end(), changed.start()).update();
        for (Located flag : overlapping) {
            if (kept.containsKey(flag.id())) {
                continue;
            }
            TextEdit.Mapped mapped = edit.map(flag.span());
            if (!mapped.textChanged()) {
                jdbc.sql("update flag set start_offset = ?, end_offset = ? where id = ?")
                        .params(mapped.span().start(), mapped.span().end(), flag.id()).update();
                continue;
            }
            String now = clip(mapped.span().of(edited.body()));
            if (!edited.undo()) {
                jdbc.sql("insert into sentence_edit_flag (sentence_edit_id, flag_id, start_offset, end_offset, "
                                + "flagged_text, status) values (?, ?, ?, ?, ?, ?)")
                        .params(edited.sentenceEditId(), flag.id(), flag.span().start(), flag.span().end(), flag.text(),
                                flag.status()).update();
            }
            jdbc.sql("update flag set start_offset = ?, end_offset = ?, flagged_text = ?, status = ?, "
                            + "lock_version = lock_version + 1 where id = ?")
                    .params(mapped.span().start(), mapped.span().end(), now, FlagStatus.PROPOSED.name(), flag.id())
                    .update();
            insertChange(flag.id(), edited.actor(), "text edited", "\"" + flag.text() + "\" → \"" + now + "\" (was "
                    + flag.status().toLowerCase() + "; to be reviewed again)");
        }
    }

    /**
     * Moves the source spans that flags of other versions have in the edited version ({@code source_version_id},
     * {@code source_start_offset}, {@code source_end_offset}): those after the change move with the text, one that
     * overlaps the change covers what is written there now (the link stays; an editor can re-link it).
     */
    private void moveSourceSpans(VersionTextEdited edited) {
        TextEdit edit = edited.edit();
        Span changed = edit.changedBefore();
        List<Map.Entry<Long, Span>> overlapping = jdbc.sql("select id, source_start_offset, source_end_offset from flag "
                        + "where source_version_id = ? and source_start_offset < ? and source_end_offset > ?")
                .params(edited.versionId(), changed.end(), changed.start())
                .query((rs, row) -> Map.entry(rs.getLong(1), new Span(rs.getInt(2), rs.getInt(3))))
                .list();
        jdbc.sql("update flag set source_start_offset = source_start_offset + ?, source_end_offset = source_end_offset"
                        + " + ? where source_version_id = ? and source_start_offset >= ? and source_end_offset > ?")
                .params(edit.delta(), edit.delta(), edited.versionId(), changed.end(), changed.start()).update();
        for (Map.Entry<Long, Span> flag : overlapping) {
            Span mapped = edit.map(flag.getValue()).span();
            jdbc.sql("update flag set source_start_offset = ?, source_end_offset = ? where id = ?")
                    .params(mapped.start(), mapped.end(), flag.getKey()).update();
        }
    }

    private Map<Long, Located> snapshot(long sentenceEditId) {
        Map<Long, Located> kept = new HashMap<>();
        jdbc.sql("select flag_id, start_offset, end_offset, flagged_text, status from sentence_edit_flag "
                        + "where sentence_edit_id = ?")
                .param(sentenceEditId)
                .query(rs -> {
                    kept.put(rs.getLong(1), new Located(rs.getLong(1), new Span(rs.getInt(2), rs.getInt(3)),
                            rs.getString(4), rs.getString(5)));
                });
        return kept;
    }

    private void restore(Located flag, VersionTextEdited edited) {
        jdbc.sql("update flag set start_offset = ?, end_offset = ?, flagged_text = ?, status = ?, "
                        + "lock_version = lock_version + 1 where id = ?")
                .params(flag.span().start(), flag.span().end(), flag.text(), flag.status(), flag.id()).update();
        insertChange(flag.id(), edited.actor(), "text edit undone", "back to \"" + flag.text() + "\" ("
                + flag.status().toLowerCase() + ")");
    }

    private void insertChange(long flagId, String actor, String operation, String detail) {
        jdbc.sql("insert into flag_change (flag_id, operation, actor, detail) values (?, ?, ?, ?)")
                .params(flagId, operation, actor, clip(detail)).update();
    }

    private static String excluding(Map<Long, Located> kept) {
        return kept.isEmpty() ? "" : " and id not in (" + String.join(",", kept.keySet().stream()
                .map(String::valueOf).toList()) + ")";
    }

    private static String clip(String text) {
        return text.length() <= TEXT_COLUMN ? text : text.substring(0, TEXT_COLUMN - 1) + "…";
    }
}
