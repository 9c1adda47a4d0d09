package org.parallax.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.parallax.core.review.BeadEdits.Side;
import org.parallax.core.text.Span;
import org.parallax.core.text.TextEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for sentence edits: a version's body text, its sentence and paragraph rows, the recorded edits, and moving the
 * beads of its alignments. Internal to the review feature. Columns under a unique constraint (sentence ordinals,
 * bead starts) are renumbered in two steps through negative values, so no row collides with one not yet moved.
 */
@Repository
class SentenceRepository {

    /** An alignment of the edited version, and the side the version is on. */
    record AlignmentSide(long alignmentId, Side side) {
    }

    record SentenceRow(long id, long paragraphId, int ordinal, Span span) {
    }

    private final JdbcClient jdbc;

    SentenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every alignment of the version, locked for the rest of the transaction, in id order (so no deadlock). */
    List<AlignmentSide> lockAlignmentsOf(long versionId) {
        return jdbc.sql("select id, source_version_id from alignment where source_version_id = ? "
                        + "or target_version_id = ? order by id for update")
                .params(versionId, versionId)
                .query((rs, row) -> new AlignmentSide(rs.getLong("id"),
                        rs.getLong("source_version_id") == versionId ? Side.SOURCE : Side.TARGET))
                .list();
    }

    /** The version on the given side of the alignment. */
    long versionOf(long alignmentId, Side side) {
        return jdbc.sql("select " + (side == Side.SOURCE ? "source" : "target") + "_version_id from alignment where id = ?")
                .param(alignmentId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no alignment " + alignmentId));
    }

    int countAlignmentsOf(long versionId) {
        return jdbc.sql("select count(*) from alignment where source_version_id = ? or target_version_id = ?")
                .params(versionId, versionId).query(Integer.class).single();
    }

    Optional<SentenceRow> sentence(long versionId, int ordinal) {
        return jdbc.sql("select id, paragraph_id, ordinal, start_offset, end_offset from sentence "
                        + "where version_id = ? and ordinal = ?")
                .params(versionId, ordinal)
                .query((rs, row) -> sentence(rs)).optional();
    }

    String body(long versionId) {
        return jdbc.sql("select body_text from version_text where version_id = ?").param(versionId)
                .query(String.class).single();
    }

    long textRevision(long versionId) {
        return jdbc.sql("select text_revision from version_text where version_id = ?").param(versionId)
                .query(Long.class).optional().orElse(0L);
    }

    void bumpTextRevision(long versionId) {
        jdbc.sql("update version_text set text_revision = text_revision + 1 where version_id = ?")
                .param(versionId).update();
    }

    /** Writes the edited body and moves the sentences and paragraphs of the version with it. */
    void applyTextEdit(long versionId, TextEdit edit, String body) {
        jdbc.sql("update version_text set body_text = ? where version_id = ?").params(body, versionId).update();
        int end = edit.start() + edit.before().length();
        for (String table : List.of("sentence", "paragraph")) {
            jdbc.sql("select id, start_offset, end_offset from " + table
                            + " where version_id = ? and start_offset < ? and end_offset > ?")
                    .params(versionId, end, edit.start())
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getInt(3)})
                    .list()
                    .forEach(enclosing -> {
                        Span moved = edit.structural(new Span((int) enclosing[1], (int) enclosing[2]));
                        jdbc.sql("update " + table + " set start_offset = ?, end_offset = ? where id = ?")
                                .params(moved.start(), moved.end(), enclosing[0]).update();
                    });
            jdbc.sql("update " + table + " set start_offset = start_offset + ?, end_offset = end_offset + ? "
                            + "where version_id = ? and start_offset >= ?")
                    .params(edit.delta(), edit.delta(), versionId, end).update();
        }
    }

    void setSentenceSpan(long sentenceId, Span span) {
        jdbc.sql("update sentence set start_offset = ?, end_offset = ? where id = ?")
                .params(span.start(), span.end(), sentenceId).update();
    }

    void insertSentence(long versionId, long paragraphId, int ordinal, Span span) {
        jdbc.sql("insert into sentence (version_id, paragraph_id, ordinal, start_offset, end_offset) "
                        + "values (?, ?, ?, ?, ?)")
                .params(versionId, paragraphId, ordinal, span.start(), span.end()).update();
    }

    void deleteSentence(long sentenceId) {
        jdbc.sql("delete from sentence where id = ?").param(sentenceId).update();
    }

    /** Adds {@code delta} to the ordinal of every sentence of the version numbered {@code from} or more. */
    void renumberSentences(long versionId, int from, int delta) {
        jdbc.sql("update sentence set ordinal = -1 - (ordinal + ?) where version_id = ? and ordinal >= ?")
                .params(delta, versionId, from).update();
        jdbc.sql("update sentence set ordinal = -1 - ordinal where version_id = ? and ordinal < 0")
                .param(versionId).update();
    }

    /**
     * Moves every bead of the alignment whose first sentence on {@code side} is {@code from} or more by {@code delta}
     * sentences on that side; their lock versions change, so a client holding one sees a conflict.
     */
    void shiftBeads(long alignmentId, Side side, int from, int delta) {
        String s = side == Side.SOURCE ? "source" : "target";
        jdbc.sql("update bead set %1$s_start = -1 - (%1$s_start + ?), %1$s_end = %1$s_end + ?, "
                        .formatted(s) + "lock_version = lock_version + 1 where alignment_id = ? and " + s + "_start >= ?")
                .params(delta, delta, alignmentId, from).update();
        jdbc.sql("update bead set %1$s_start = -1 - %1$s_start where alignment_id = ? and %1$s_start < 0".formatted(s))
                .param(alignmentId).update();
    }

    long insertEdit(long versionId, SentenceEditRow.Operation operation, String actor, int sentence,
                    String beforeText, String afterText, int start, int beforeEnd, int afterEnd, Integer firstEnd,
                    Integer secondStart) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into sentence_edit (version_id, operation, actor, sentence, before_text, after_text,
                    start_offset, before_end, after_end, first_end, second_start) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(versionId, operation.name(), actor, sentence, beforeText, afterText, start, beforeEnd, afterEnd,
                        firstEnd, secondStart)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SentenceEditRow> edit(long id) {
        return jdbc.sql("select * from sentence_edit where id = ?").param(id)
                .query((rs, row) -> new SentenceEditRow(rs.getLong("id"), rs.getLong("version_id"),
                        SentenceEditRow.Operation.valueOf(rs.getString("operation")), rs.getString("actor"),
                        rs.getInt("sentence"), rs.getString("before_text"), rs.getString("after_text"),
                        rs.getInt("start_offset"), rs.getInt("before_end"), rs.getInt("after_end"),
                        (Integer) rs.getObject("first_end"), (Integer) rs.getObject("second_start"),
                        rs.getBoolean("undone")))
                .optional();
    }

    void markUndone(long editId, boolean undone) {
        jdbc.sql("update sentence_edit set undone = ? where id = ?").params(undone, editId).update();
        jdbc.sql("update bead_change set undone = ? where sentence_edit_id = ?").params(undone, editId).update();
    }

    private static SentenceRow sentence(ResultSet rs) throws SQLException {
        return new SentenceRow(rs.getLong("id"), rs.getLong("paragraph_id"), rs.getInt("ordinal"),
                new Span(rs.getInt("start_offset"), rs.getInt("end_offset")));
    }
}
