package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.review.BeadRange;
import org.parallax.core.text.SharedTexts;
import org.parallax.core.text.Span;
import org.parallax.ingest.ImportRequest;
import org.parallax.ingest.ImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionText;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of automatic source links after edits start from: fresh copies of the real UDHR pair Spanish →
 * English (so the sample corpus other tests flag stays as it was), aligned, whose article 1 is one Spanish sentence
 * in a 1-2 bead with two English ones, so "conscience" in the second English sentence renders "conciencia" of the
 * Spanish one; and the helpers to flag words and describe links as the flag history does.
 */
abstract class SpanishEnglishUdhrLinks {

    static final String ARTICLE_1_ES = "Todos los seres humanos nacen libres e iguales en dignidad y derechos "
            + "y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros.";
    static final String RIGHTS_EN = "All human beings are born free and equal in dignity and rights.";
    static final String REASON_EN = "They are endowed with reason and conscience and should act towards one "
            + "another in a spirit of brotherhood.";

    @Autowired
    FlagService flags;

    @Autowired
    LibraryService library;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    ImportService imports;

    VersionText spanish;
    VersionText english;
    long alignment;
    int article1;

    @BeforeEach
    void alignSpanishToEnglish() {
        String work = "udhr-links-" + UUID.randomUUID();
        spanish = importUdhr(work, "spa", "es", VersionRole.TRANSLATION);
        english = importUdhr(work, "eng", "en", VersionRole.SOURCE);
        alignment = jobs.alignNow(spanish.summary().id(), english.summary().id(), "edith", done -> { },
                new AtomicBoolean());
        article1 = spanish.sentenceTexts().indexOf(ARTICLE_1_ES);
        int rightsSentence = english.sentenceTexts().indexOf(RIGHTS_EN);
        assertThat(article1Bead().range()).as("the aligner's bead for article 1")
                .isEqualTo(new BeadRange(article1, article1 + 1, rightsSentence, rightsSentence + 2));
    }

    StoredBead article1Bead() {
        return review.beadWithSourceSentence(alignment, article1).orElseThrow();
    }

    /** A flag on a word of an English sentence, created in the alignment editor (so linked at once). */
    Flag flag(String sentence, String word, String sourceTerm, Span chosenSource) {
        return flags.createInAlignment(alignment, in(english.body(), sentence, word), FlagCategory.TERMINOLOGY.name(),
                sourceTerm, null, null, chosenSource, "edith");
    }

    SourceLink source(Flag flag) {
        return flags.flag(flag.id()).orElseThrow().source();
    }

    /** The automatic link to a span of the Spanish text as it reads in {@code spanishBody}. */
    SourceLink found(String spanishBody, Span span) {
        return new SourceLink(spanish.summary().id(), span, spanishBody.substring(span.start(), span.end()),
                SourceLink.ALIGNER);
    }

    static String describe(SourceLink link) {
        return "\"" + link.text() + "\" [" + link.span().start() + "-" + link.span().end() + "] of source version "
                + link.versionId();
    }

    /** Body offsets of a word inside a sentence of a body text. */
    static Span in(String body, String sentence, String word) {
        int start = body.indexOf(sentence);
        assertThat(start).as(sentence).isNotNegative();
        start += sentence.indexOf(word);
        return new Span(start, start + word.length());
    }

    private VersionText importUdhr(String work, String file, String language, VersionRole role) {
        byte[] text = SharedTexts.read("texts/udhr/" + file + ".txt").getBytes(StandardCharsets.UTF_8);
        long id = imports.importText(new ImportRequest(work, "UDHR for source links", file + ".txt", text, language,
                role, "UDHR " + language, null, null, null, null, null, language), progress -> { }).versionId();
        return library.version(id).orElseThrow();
    }
}
