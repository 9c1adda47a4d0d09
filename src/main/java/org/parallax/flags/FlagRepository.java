package org.parallax.flags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.core.text.Span;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for flags and their history. Internal to the flags feature. */
@Repository
class FlagRepository {

    private static final String SELECT = """
            select f.*, v.title as version_title, w.title as work_title, c.label as category_label,
                c.color as category_color, c.its_issue_type as category_its, c.retired as category_retired,
                substring(s.body_text from f.source_start_offset + 1
                    for f.source_end_offset - f.source_start_offset) as source_text
            from flag f join text_version v on v.id = f.version_id join work w on w.id = v.work_id
                join flag_category c on c.code = f.category
                left join version_text s on s.version_id = f.source_version_id
            """;

    private final JdbcClient jdbc;

    FlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long versionId, Span span, String text, String category, String sourceTerm,
                String transliteration, String comment, FlagStatus status, String author) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into flag (version_id, start_offset, end_offset, flagged_text, category, source_term,
                    transliteration, comment, status, author) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(versionId, span.start(), span.end(), text, category, sourceTerm, transliteration, comment,
                        status.name(), author)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Flag> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query((rs, row) -> flag(rs)).optional();
    }

    List<Flag> find(FlagQuery query, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.category() != null) {
            where.append(" and f.category = ?");
            params.add(query.category());
        }
        if (query.status() != null) {
            where.append(" and f.status = ?");
            params.add(query.status().name());
        }
        if (query.versionId() != null) {
            where.append(" and f.version_id = ?");
            params.add(query.versionId());
        }
        if (query.term() != null && !query.term().isBlank()) {
            where.append(" and (lower(f.flagged_text) like ? or lower(f.source_term) like ? "
                    + "or lower(f.transliteration) like ?)");
            String pattern = "%" + query.term().strip().toLowerCase() + "%";
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        params.add(limit);
        return jdbc.sql(SELECT + where + " order by w.title, v.title, f.start_offset fetch first ? rows only")
                .params(params).query((rs, row) -> flag(rs)).list();
    }

    /**
     * The flags of a version that start between the start of sentence {@code from} and the end of sentence
     * {@code to - 1} (sentence numbers within the whole version), in text order.
     */
    List<Flag> startingInSentences(long versionId, int from, int to) {
        return jdbc.sql(SELECT + """
                 where f.version_id = ?
                    and f.start_offset >= (select min(start_offset) from sentence
                        where version_id = ? and ordinal >= ? and ordinal < ?)
                    and f.start_offset < (select max(end_offset) from sentence
                        where version_id = ? and ordinal >= ? and ordinal < ?)
                order by f.start_offset""")
                .params(versionId, versionId, from, to, versionId, from, to).query((rs, row) -> flag(rs)).list();
    }

    /** Updates the status if the flag is still at {@code lockVersion}; returns whether it was. */
    boolean updateStatus(long id, int lockVersion, FlagStatus status) {
        return jdbc.sql("update flag set status = ?, lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(status.name(), id, lockVersion).update() == 1;
    }

    /** Links the flag to a span of a source version, or unlinks it when {@code link} is null. */
    void setSource(long id, SourceLink link) {
        jdbc.sql("""
                update flag set source_version_id = ?, source_start_offset = ?, source_end_offset = ?,
                    source_linked_by = ?, lock_version = lock_version + 1 where id = ?""")
                .params(link == null ? null : link.versionId(), link == null ? null : link.span().start(),
                        link == null ? null : link.span().end(), link == null ? null : link.linkedBy(), id)
                .update();
    }

    int countWithCategory(String code) {
        return jdbc.sql("select count(*) from flag where category = ?").param(code).query(Integer.class).single();
    }

    void insertChange(long flagId, String operation, String actor, String detail) {
        jdbc.sql("insert into flag_change (flag_id, operation, actor, detail) values (?, ?, ?, ?)")
                .params(flagId, operation, actor, detail).update();
    }

    List<String> history(long flagId) {
        return jdbc.sql("select operation, actor, changed_at, detail from flag_change where flag_id = ? order by id desc")
                .param(flagId)
                .query((rs, row) -> rs.getString("operation") + " by " + rs.getString("actor") + ": "
                        + rs.getString("detail"))
                .list();
    }

    List<Rendering> renderings(String sourceTerm) {
        return jdbc.sql("""
                select source_term, lower(flagged_text) as rendering, count(*) as occurrences,
                    count(distinct version_id) as versions
                from flag where lower(source_term) = lower(?) and status <> 'REJECTED'
                group by source_term, lower(flagged_text) order by occurrences desc, rendering""")
                .param(sourceTerm.strip())
                .query((rs, row) -> new Rendering(rs.getString("source_term"), rs.getString("rendering"),
                        rs.getInt("occurrences"), rs.getInt("versions")))
                .list();
    }

    private static Flag flag(ResultSet rs) throws SQLException {
        Category category = new Category(rs.getString("category"), rs.getString("category_label"),
                rs.getString("category_color"), rs.getString("category_its"), rs.getBoolean("category_retired"));
        return new Flag(rs.getLong("id"), rs.getLong("version_id"), rs.getString("version_title"),
                rs.getString("work_title"), new Span(rs.getInt("start_offset"), rs.getInt("end_offset")),
                rs.getString("flagged_text"), category, rs.getString("source_term"), rs.getString("transliteration"),
                rs.getString("comment"), FlagStatus.valueOf(rs.getString("status")), rs.getString("author"),
                rs.getInt("lock_version"), sourceLink(rs));
    }

    private static SourceLink sourceLink(ResultSet rs) throws SQLException {
        long versionId = rs.getLong("source_version_id");
        if (rs.wasNull() || rs.getString("source_text") == null) {
            return null;
        }
        return new SourceLink(versionId, new Span(rs.getInt("source_start_offset"), rs.getInt("source_end_offset")),
                rs.getString("source_text"), rs.getString("source_linked_by"));
    }
}
