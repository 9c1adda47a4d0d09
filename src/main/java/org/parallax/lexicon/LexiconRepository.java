package org.parallax.lexicon;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.core.align.GlossaryEntry;
import org.parallax.core.align.LexiconLearner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for glossaries, learned entries, and the approved beads they are learned from. Internal to the feature. */
@Repository
class LexiconRepository {

    /** An alignment with the languages of its two versions as stored (tags such as "zh-Hans"). */
    record AlignmentLanguages(long id, long sourceVersionId, long targetVersionId, String sourceTag, String targetTag,
                              long revision) {
    }

    /** An approved bead's sentence ranges, half-open. */
    record ApprovedRange(int sourceStart, int sourceEnd, int targetStart, int targetEnd) {
    }

    /** What a learned lexicon was learned from. */
    record LearningState(String state, int entries, OffsetDateTime learnedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LexiconRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<AlignmentLanguages> alignments() {
        return jdbc.sql("""
                select a.id, a.source_version_id, a.target_version_id, s.language as source_language,
                    t.language as target_language, a.revision
                from alignment a
                join text_version s on s.id = a.source_version_id
                join text_version t on t.id = a.target_version_id
                order by a.id""")
                .query((rs, row) -> new AlignmentLanguages(rs.getLong("id"), rs.getLong("source_version_id"),
                        rs.getLong("target_version_id"), rs.getString("source_language"),
                        rs.getString("target_language"), rs.getLong("revision")))
                .list();
    }

    int countApproved(List<Long> alignmentIds) {
        if (alignmentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from bead where status = 'APPROVED' and alignment_id in (" + ids(alignmentIds)
                + ")").query(Integer.class).single();
    }

    /** Approved beads that link sentences on both sides. */
    List<ApprovedRange> approvedLinks(long alignmentId) {
        return jdbc.sql("select source_start, source_end, target_start, target_end from bead where alignment_id = ? "
                        + "and status = 'APPROVED' and source_end > source_start and target_end > target_start "
                        + "order by source_start, target_start")
                .param(alignmentId)
                .query((rs, row) -> new ApprovedRange(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    Optional<LearningState> learningState(LanguagePair pair) {
        return jdbc.sql("select state, entries, learned_at from learned_lexicon where source_language = ? "
                        + "and target_language = ?")
                .params(pair.source(), pair.target())
                .query((rs, row) -> new LearningState(rs.getString("state"), rs.getInt("entries"),
                        rs.getObject("learned_at", OffsetDateTime.class)))
                .optional();
    }

    /** Replaces the learned entries of the pair and records what they were learned from. */
    void replaceLearned(LanguagePair pair, List<LexiconLearner.LearnedPair> learned, String state, int approvedBeads,
                        String actor) {
        jdbc.sql("delete from learned_lexicon_entry where source_language = ? and target_language = ?")
                .params(pair.source(), pair.target()).update();
        jdbc.sql("delete from learned_lexicon where source_language = ? and target_language = ?")
                .params(pair.source(), pair.target()).update();
        List<Object[]> rows = new ArrayList<>(learned.size());
        for (LexiconLearner.LearnedPair entry : learned) {
            rows.add(new Object[] {pair.source(), pair.target(), entry.sourceWord(), entry.targetWord(),
                    entry.probability(), entry.count()});
        }
        batch.batchUpdate("insert into learned_lexicon_entry (source_language, target_language, source_word, "
                + "target_word, score, pair_count) values (?, ?, ?, ?, ?, ?)", rows);
        jdbc.sql("insert into learned_lexicon (source_language, target_language, state, approved_beads, entries, "
                        + "learned_by) values (?, ?, ?, ?, ?, ?)")
                .params(pair.source(), pair.target(), state, approvedBeads, learned.size(), actor).update();
    }

    /** Learned entries of the pair whose source or target word starts with the prefix, best first. */
    List<LearnedEntry> learned(LanguagePair pair, String prefix, int limit) {
        return jdbc.sql("select source_word, target_word, score, pair_count from learned_lexicon_entry "
                        + "where source_language = ? and target_language = ? and (source_word like ? or target_word like ?) "
                        + "order by source_word, score desc fetch first ? rows only")
                .params(pair.source(), pair.target(), likePrefix(prefix), likePrefix(prefix), limit)
                .query((rs, row) -> new LearnedEntry(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4)))
                .list();
    }

    List<LexiconLearner.LearnedPair> learnedPairs(LanguagePair pair) {
        return jdbc.sql("select source_word, target_word, score, pair_count from learned_lexicon_entry "
                        + "where source_language = ? and target_language = ?")
                .params(pair.source(), pair.target())
                .query((rs, row) -> new LexiconLearner.LearnedPair(rs.getString(1), rs.getString(2), rs.getDouble(3),
                        rs.getInt(4)))
                .list();
    }

    long insertGlossary(String name, LanguagePair pair, List<GlossaryEntry> entries, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into glossary (name, source_language, target_language, entries, uploaded_by) "
                        + "values (?, ?, ?, ?, ?)")
                .params(name, pair.source(), pair.target(), entries.size(), actor)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (int k = 0; k < entries.size(); k++) {
            rows.add(new Object[] {id, k, entries.get(k).source(), entries.get(k).target()});
        }
        batch.batchUpdate("insert into glossary_entry (glossary_id, ordinal, source_text, target_text) "
                + "values (?, ?, ?, ?)", rows);
        return id;
    }

    boolean glossaryExists(String name, LanguagePair pair) {
        return jdbc.sql("select count(*) from glossary where name = ? and source_language = ? and target_language = ?")
                .params(name, pair.source(), pair.target()).query(Integer.class).single() > 0;
    }

    List<GlossarySummary> glossaries(String where, Object... params) {
        return jdbc.sql("select id, name, source_language, target_language, entries, uploaded_by, uploaded_at "
                        + "from glossary " + where + " order by source_language, target_language, name")
                .params(params)
                .query((rs, row) -> new GlossarySummary(rs.getLong("id"), rs.getString("name"),
                        rs.getString("source_language"), rs.getString("target_language"), rs.getInt("entries"),
                        rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    List<GlossaryEntry> glossaryEntries(long glossaryId) {
        return jdbc.sql("select source_text, target_text from glossary_entry where glossary_id = ? order by ordinal")
                .param(glossaryId)
                .query((rs, row) -> new GlossaryEntry(rs.getString(1), rs.getString(2)))
                .list();
    }

    int deleteGlossary(long id) {
        return jdbc.sql("delete from glossary where id = ?").param(id).update();
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
