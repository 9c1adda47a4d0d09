package org.parallax.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.core.text.SegmentedParagraph;
import org.parallax.core.text.Span;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for works, versions, paragraphs and sentences. Internal to the library feature. */
@Repository
class LibraryRepository {

    static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LibraryRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insertWork(String slug, String title, String description) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into work (slug, title, description) values (?, ?, ?)")
                .params(slug, title, description)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Long> findWorkId(String slug) {
        return jdbc.sql("select id from work where slug = ?").param(slug).query(Long.class).optional();
    }

    long countWorks() {
        return jdbc.sql("select count(*) from work").query(Long.class).single();
    }

    boolean versionExists(long workId, String slug) {
        return jdbc.sql("select count(*) from text_version where work_id = ? and slug = ?")
                .params(workId, slug).query(Long.class).single() > 0;
    }

    /** Inserts the version with its paragraphs, sentences and repair notes; the caller owns the transaction. */
    long insertVersion(NewVersion version) {
        VersionMetadata m = version.metadata();
        String body = bodyOf(version.paragraphs());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into text_version (work_id, slug, language, role, title, translator, version_date,
                    original_language, provenance, citation, license, summary, source_url)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(version.workId(), m.slug(), m.language(), m.role().name(), m.title(), m.translator(), m.date(),
                        m.originalLanguage(), m.provenance(), m.citation(), m.license(), m.summary(), m.sourceUrl())
                .update(keys, "id");
        long versionId = keys.getKey().longValue();
        jdbc.sql("insert into version_text (version_id, raw_text, body_text) values (?, ?, ?)")
                .params(versionId, version.rawText(), body).update();
        insertSegments(versionId, version.paragraphs());
        insertRepairNotes(versionId, version.repairNotes());
        return versionId;
    }

    /** Paragraphs and sentences in two batches: row by row, a long text's import would take minutes. */
    private void insertSegments(long versionId, List<SegmentedParagraph> paragraphs) {
        List<Object[]> paragraphRows = new ArrayList<>(paragraphs.size());
        int offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            int length = paragraphs.get(p).text().length();
            paragraphRows.add(new Object[] {versionId, p, offset, offset + length});
            offset += length + PARAGRAPH_SEPARATOR.length();
        }
        batch.batchUpdate("insert into paragraph (version_id, ordinal, start_offset, end_offset) values (?, ?, ?, ?)",
                paragraphRows);
        List<Long> paragraphIds = jdbc.sql("select id from paragraph where version_id = ? order by ordinal")
                .param(versionId).query(Long.class).list();
        List<Object[]> sentenceRows = new ArrayList<>();
        int sentenceOrdinal = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            int paragraphStart = (Integer) paragraphRows.get(p)[2];
            for (Span sentence : paragraphs.get(p).sentences()) {
                Span inBody = sentence.shift(paragraphStart);
                sentenceRows.add(new Object[] {versionId, paragraphIds.get(p), sentenceOrdinal++, inBody.start(),
                        inBody.end()});
            }
        }
        batch.batchUpdate("insert into sentence (version_id, paragraph_id, ordinal, start_offset, end_offset) "
                + "values (?, ?, ?, ?, ?)", sentenceRows);
    }

    private void insertRepairNotes(long versionId, List<RepairNoteView> notes) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            RepairNoteView note = notes.get(i);
            rows.add(new Object[] {versionId, i, note.kind(), note.paragraph(), note.detail()});
        }
        batch.batchUpdate("insert into repair_note (version_id, ordinal, kind, paragraph, detail) values (?, ?, ?, ?, ?)",
                rows);
    }

    static String bodyOf(List<SegmentedParagraph> paragraphs) {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs.stream().map(SegmentedParagraph::text).toList());
    }

    List<WorkSummary> works() {
        Map<Long, List<VersionSummary>> versionsByWork = new LinkedHashMap<>();
        for (VersionSummary version : versionSummaries("")) {
            versionsByWork.computeIfAbsent(version.workId(), id -> new ArrayList<>()).add(version);
        }
        return jdbc.sql("select id, slug, title, description from work order by title")
                .query((rs, row) -> new WorkSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("description"), versionsByWork.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<VersionSummary> versionSummary(long versionId) {
        return versionSummaries("where v.id = " + versionId).stream().findFirst();
    }

    private List<VersionSummary> versionSummaries(String where) {
        return jdbc.sql("""
                select v.id, v.work_id, v.slug, v.language, v.role, v.title, v.translator, v.version_date,
                    (select count(*) from paragraph p where p.version_id = v.id) as paragraphs,
                    (select count(*) from sentence s where s.version_id = v.id) as sentences
                from text_version v %s
                order by v.work_id, case v.role when 'SOURCE' then 0 else 1 end, v.language, v.title""".formatted(where))
                .query((rs, row) -> new VersionSummary(rs.getLong("id"), rs.getLong("work_id"), rs.getString("slug"),
                        rs.getString("language"), VersionRole.valueOf(rs.getString("role")), rs.getString("title"),
                        rs.getString("translator"), rs.getString("version_date"), rs.getInt("paragraphs"),
                        rs.getInt("sentences")))
                .list();
    }

    Optional<VersionText> versionText(long versionId) {
        return versionSummary(versionId).map(summary -> jdbc.sql(
                        "select * from text_version v join version_text t on t.version_id = v.id where v.id = ?")
                .param(versionId)
                .query((rs, row) -> new VersionText(summary, metadata(rs), rs.getString("raw_text"),
                        rs.getString("body_text"), paragraphs(versionId), repairNotes(versionId)))
                .single());
    }

    /**
     * Sentences {@code [from, to)} of the version and the body text from the first one's start to the last one's end:
     * two indexed reads (the sentence rows by ordinal, the body), however long the version is. The body is read as a
     * stream up to the excerpt's end: SQL {@code substring} made H2 build the whole body as one string first, megabytes
     * of garbage per call on a long version.
     */
    Optional<VersionExcerpt> excerpt(long versionId, int from, int to) {
        List<Span> sentences = jdbc.sql("select start_offset, end_offset from sentence "
                        + "where version_id = ? and ordinal >= ? and ordinal < ? order by ordinal")
                .params(versionId, from, to)
                .query((rs, row) -> new Span(rs.getInt(1), rs.getInt(2))).list();
        int start = sentences.isEmpty() ? 0 : sentences.getFirst().start();
        int end = sentences.stream().mapToInt(Span::end).max().orElse(start);
        return jdbc.sql("select v.language, t.body_text "
                        + "from text_version v join version_text t on t.version_id = v.id where v.id = ?")
                .param(versionId)
                .query((rs, row) -> new VersionExcerpt(versionId, rs.getString("language"), from, sentences, start,
                        rs.getClob("body_text").getSubString(start + 1L, end - start)))
                .optional();
    }

    private static VersionMetadata metadata(ResultSet rs) throws SQLException {
        return new VersionMetadata(rs.getString("slug"), rs.getString("language"),
                VersionRole.valueOf(rs.getString("role")), rs.getString("title"), rs.getString("translator"),
                rs.getString("version_date"), rs.getString("original_language"), rs.getString("provenance"),
                rs.getString("citation"), rs.getString("license"), rs.getString("summary"), rs.getString("source_url"));
    }

    private List<VersionText.Paragraph> paragraphs(long versionId) {
        Map<Long, List<Span>> sentencesByParagraph = new LinkedHashMap<>();
        jdbc.sql("select paragraph_id, start_offset, end_offset from sentence where version_id = ? order by ordinal")
                .param(versionId)
                .query(rs -> {
                    sentencesByParagraph.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Span(rs.getInt(2), rs.getInt(3)));
                });
        return jdbc.sql("select id, ordinal, start_offset, end_offset from paragraph where version_id = ? order by ordinal")
                .param(versionId)
                .query((rs, row) -> new VersionText.Paragraph(rs.getInt("ordinal"),
                        new Span(rs.getInt("start_offset"), rs.getInt("end_offset")),
                        sentencesByParagraph.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private List<RepairNoteView> repairNotes(long versionId) {
        return jdbc.sql("select kind, paragraph, detail from repair_note where version_id = ? order by ordinal")
                .param(versionId)
                .query((rs, row) -> new RepairNoteView(rs.getString("kind"), (Integer) rs.getObject("paragraph"),
                        rs.getString("detail")))
                .list();
    }
}
