package org.parallax.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.core.review.BeadListCodec;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for alignments, beads and their change history. Internal to the review feature. */
@Repository
class BeadRepository {

    private static final String BEAD_COLUMNS =
            "id, lock_version, source_start, source_end, target_start, target_end, confidence, status";
    private static final String BEAD_ORDER = " order by source_start, target_start";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BeadRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insertAlignment(long workId, long sourceVersionId, long targetVersionId, String method, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into alignment (work_id, source_version_id, target_version_id, method, created_by) "
                        + "values (?, ?, ?, ?, ?)")
                .params(workId, sourceVersionId, targetVersionId, method, actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertBeads(long alignmentId, List<ReviewBead> beads) {
        List<Object[]> rows = new ArrayList<>(beads.size());
        for (ReviewBead bead : beads) {
            BeadRange r = bead.range();
            rows.add(new Object[] {alignmentId, r.sourceStart(), r.sourceEnd(), r.targetStart(), r.targetEnd(),
                    bead.confidence(), bead.status().name()});
        }
        batch.batchUpdate("insert into bead (alignment_id, source_start, source_end, target_start, target_end, "
                + "confidence, status) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Locks the alignment row for the rest of the transaction, so changes to one alignment happen one at a time. */
    long lockAlignment(long alignmentId) {
        return jdbc.sql("select revision from alignment where id = ? for update").param(alignmentId)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no alignment " + alignmentId));
    }

    void bumpRevision(long alignmentId) {
        jdbc.sql("update alignment set revision = revision + 1 where id = ?").param(alignmentId).update();
    }

    long revision(long alignmentId) {
        return jdbc.sql("select revision from alignment where id = ?").param(alignmentId).query(Long.class).single();
    }

    List<AlignmentSummary> alignments(String where, Object... params) {
        return jdbc.sql("""
                select a.id, a.work_id, a.source_version_id, s.title as source_title, s.language as source_language,
                    a.target_version_id, t.title as target_title, t.language as target_language, a.method,
                    a.created_by, a.created_at, a.revision,
                    (select count(*) from bead b where b.alignment_id = a.id) as beads,
                    (select count(*) from bead b where b.alignment_id = a.id and b.status = 'APPROVED') as approved,
                    (select count(*) from bead b where b.alignment_id = a.id and b.status = 'REJECTED') as rejected
                from alignment a
                join text_version s on s.id = a.source_version_id
                join text_version t on t.id = a.target_version_id
                %s order by a.created_at desc, a.id desc""".formatted(where))
                .params(params)
                .query((rs, row) -> new AlignmentSummary(rs.getLong("id"), rs.getLong("work_id"),
                        rs.getLong("source_version_id"), rs.getString("source_title"), rs.getString("source_language"),
                        rs.getLong("target_version_id"), rs.getString("target_title"), rs.getString("target_language"),
                        rs.getString("method"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getLong("revision"), rs.getInt("beads"),
                        rs.getInt("approved"), rs.getInt("rejected")))
                .list();
    }

    int count(long alignmentId, BeadFilter filter) {
        return jdbc.sql("select count(*) from bead where alignment_id = ?" + statusClause(filter))
                .param(alignmentId).query(Integer.class).single();
    }

    List<StoredBead> page(long alignmentId, BeadFilter filter, int offset, int limit) {
        return jdbc.sql("select " + BEAD_COLUMNS + " from bead where alignment_id = ?" + statusClause(filter)
                        + BEAD_ORDER + " offset ? rows fetch next ? rows only")
                .params(alignmentId, offset, limit)
                .query((rs, row) -> bead(rs)).list();
    }

    /** The position of a bead in the whole alignment, 0-based. */
    int positionOf(long alignmentId, BeadRange range) {
        return jdbc.sql("select count(*) from bead where alignment_id = ? and (source_start < ? "
                        + "or (source_start = ? and target_start < ?))")
                .params(alignmentId, range.sourceStart(), range.sourceStart(), range.targetStart())
                .query(Integer.class).single();
    }

    Optional<StoredBead> find(long beadId) {
        return jdbc.sql("select " + BEAD_COLUMNS + " from bead where id = ?").param(beadId)
                .query((rs, row) -> bead(rs)).optional();
    }

    /**
     * The beads whose sentences lie within the region, in order. The bound on {@code source_start} follows from the
     * others but lets the index on (alignment_id, source_start) stop at the region's end instead of the alignment's.
     */
    List<StoredBead> inRegion(long alignmentId, BeadRange region) {
        return jdbc.sql("select " + BEAD_COLUMNS + " from bead where alignment_id = ? and source_start >= ? "
                        + "and source_start <= ? and source_end <= ? and target_start >= ? and target_end <= ?"
                        + BEAD_ORDER)
                .params(alignmentId, region.sourceStart(), region.sourceEnd(), region.sourceEnd(),
                        region.targetStart(), region.targetEnd())
                .query((rs, row) -> bead(rs)).list();
    }

    /** The bead before or after the given one, if any. */
    Optional<StoredBead> neighbour(long alignmentId, BeadRange range, boolean next) {
        String condition = next ? "source_start = ? and target_start = ?" : "source_end = ? and target_end = ?";
        int source = next ? range.sourceEnd() : range.sourceStart();
        int target = next ? range.targetEnd() : range.targetStart();
        return jdbc.sql("select " + BEAD_COLUMNS + " from bead where alignment_id = ? and " + condition)
                .params(alignmentId, source, target)
                .query((rs, row) -> bead(rs)).optional();
    }

    /** Beads before the given one that are not approved yet. */
    List<StoredBead> unapprovedBefore(long alignmentId, BeadRange range) {
        return jdbc.sql("select " + BEAD_COLUMNS + " from bead where alignment_id = ? and status <> 'APPROVED' "
                        + "and source_end <= ? and target_end <= ?" + BEAD_ORDER)
                .params(alignmentId, range.sourceStart(), range.targetStart())
                .query((rs, row) -> bead(rs)).list();
    }

    /** The first bead, in the given order, that meets the condition (SQL with {@code ?} for the params). */
    Optional<StoredBead> first(long alignmentId, String condition, String order, Object... params) {
        List<Object> all = new ArrayList<>();
        all.add(alignmentId);
        all.addAll(List.of(params));
        return jdbc.sql("select " + BEAD_COLUMNS + " from bead where alignment_id = ? and " + condition
                        + " order by " + order + " fetch first 1 rows only")
                .params(all)
                .query((rs, row) -> bead(rs)).optional();
    }

    void delete(List<Long> beadIds) {
        if (!beadIds.isEmpty()) {
            jdbc.sql("delete from bead where id in (" + beadIds.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + ")").update();
        }
    }

    void updateStatus(StoredBead bead, BeadStatus status) {
        jdbc.sql("update bead set status = ?, lock_version = lock_version + 1 where id = ?")
                .params(status.name(), bead.id()).update();
    }

    long insertChange(long alignmentId, String operation, String actor, BeadRange region, List<ReviewBead> before,
                      List<ReviewBead> after) {
        return insertChange(alignmentId, operation, actor, region, before, after, null, null);
    }

    /** A change that is part of a sentence edit ({@code sentenceEditId}, described by {@code detail}), or not. */
    long insertChange(long alignmentId, String operation, String actor, BeadRange region, List<ReviewBead> before,
                      List<ReviewBead> after, Long sentenceEditId, String detail) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bead_change (alignment_id, operation, actor, source_start, source_end, target_start, "
                        + "target_end, before_beads, after_beads, sentence_edit_id, detail) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(alignmentId, operation, actor, region.sourceStart(), region.sourceEnd(), region.targetStart(),
                        region.targetEnd(), BeadListCodec.encode(before), BeadListCodec.encode(after), sentenceEditId,
                        detail)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The bead changes a sentence edit made, one per alignment, keyed by alignment id. */
    Map<Long, BeadChange> changesOfSentenceEdit(long sentenceEditId) {
        Map<Long, BeadChange> changes = new LinkedHashMap<>();
        jdbc.sql("select * from bead_change where sentence_edit_id = ? order by alignment_id")
                .param(sentenceEditId)
                .query(rs -> {
                    changes.put(rs.getLong("alignment_id"), change(rs));
                });
        return changes;
    }

    void markUndone(long changeId, boolean undone) {
        jdbc.sql("update bead_change set undone = ? where id = ?").params(undone, changeId).update();
    }

    /** The actor's latest change that is (or is not) undone. */
    Optional<BeadChange> latestChange(long alignmentId, String actor, boolean undone) {
        return jdbc.sql("select * from bead_change where alignment_id = ? and actor = ? and undone = ? "
                        + "order by id desc fetch first 1 rows only")
                .params(alignmentId, actor, undone)
                .query((rs, row) -> change(rs)).optional();
    }

    /**
     * Drops the actor's undone changes: after a new change, they can no longer be redone. An undone sentence edit is
     * dropped from every alignment it touched, so it cannot be redone from another one either.
     */
    void forgetRedo(long alignmentId, String actor) {
        jdbc.sql("delete from bead_change where sentence_edit_id in (select sentence_edit_id from bead_change "
                        + "where alignment_id = ? and actor = ? and undone = true and sentence_edit_id is not null)")
                .params(alignmentId, actor).update();
        jdbc.sql("delete from bead_change where alignment_id = ? and actor = ? and undone = true")
                .params(alignmentId, actor).update();
    }

    /** Changes whose region touches the given bead's sentences, newest first. */
    List<BeadChange> changesTouching(long alignmentId, BeadRange range) {
        // Overlap of half-open ranges on either side; a neighbour that only shares a boundary is not touched.
        return jdbc.sql("select * from bead_change where alignment_id = ? and ((source_start < ? and source_end > ?) "
                        + "or (target_start < ? and target_end > ?)) order by id desc")
                .params(alignmentId, range.sourceEnd(), range.sourceStart(), range.targetEnd(), range.targetStart())
                .query((rs, row) -> change(rs)).list();
    }

    Optional<BeadChange> change(long changeId) {
        return jdbc.sql("select * from bead_change where id = ?").param(changeId)
                .query((rs, row) -> change(rs)).optional();
    }

    private static BeadChange change(ResultSet rs) throws SQLException {
        return new BeadChange(rs.getLong("id"), rs.getString("operation"), rs.getString("actor"),
                rs.getObject("changed_at", OffsetDateTime.class), BeadListCodec.decode(rs.getString("before_beads")),
                BeadListCodec.decode(rs.getString("after_beads")), rs.getBoolean("undone"),
                (Long) rs.getObject("sentence_edit_id", Long.class), rs.getString("detail"));
    }

    private static StoredBead bead(ResultSet rs) throws SQLException {
        return new StoredBead(rs.getLong("id"), rs.getInt("lock_version"), new ReviewBead(
                new BeadRange(rs.getInt("source_start"), rs.getInt("source_end"), rs.getInt("target_start"),
                        rs.getInt("target_end")), rs.getDouble("confidence"), BeadStatus.valueOf(rs.getString("status"))));
    }

    private static String statusClause(BeadFilter filter) {
        if (filter.statuses().isEmpty()) {
            return "";
        }
        return " and status in (" + filter.statuses().stream().map(s -> "'" + s.name() + "'").sorted()
                .collect(Collectors.joining(",")) + ")";
    }
}
