package org.parallax.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.review.BeadStatus;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class AlignmentJobsTest {

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    @Test
    void shouldAlignTheUdhrInEnglishAndRussianCoveringEverySentence() throws Exception {
        WorkSummary udhr = work("udhr");
        VersionSummary english = udhr.version("en").orElseThrow();
        VersionSummary russian = udhr.version("ru").orElseThrow();

        long id = jobs.alignNow(english.id(), russian.id(), "tester", done -> { }, new AtomicBoolean());

        List<StoredBead> beads = review.page(id, BeadFilter.ALL, 0, Integer.MAX_VALUE);
        assertThat(beads.getFirst().range().sourceStart()).isZero();
        assertThat(beads.getLast().range().sourceEnd()).isEqualTo(english.sentences());
        assertThat(beads.getLast().range().targetEnd()).isEqualTo(russian.sentences());
        for (int i = 1; i < beads.size(); i++) {
            assertThat(beads.get(i - 1).range().isFollowedBy(beads.get(i).range())).isTrue();
        }
        AlignmentTexts texts = review.texts(id);
        assertThat(texts.sourceOf(beads.getFirst().range())).isEqualTo("Universal Declaration of Human Rights");
        assertThat(texts.targetOf(beads.getFirst().range())).isEqualTo("Всеобщая декларация прав человека");
    }

    @Test
    void shouldKeepApprovedBeadsWhenReAligningTheRest() throws Exception {
        WorkSummary jonah = work("jonah");
        long sourceId = jonah.version("kjv").orElseThrow().id();
        long targetId = jonah.version("rv1909").orElseThrow().id();
        long id = jobs.alignNow(sourceId, targetId, "tester", done -> { },
                new AtomicBoolean());
        StoredBead fifth = review.page(id, BeadFilter.ALL, 4, 1).getFirst();
        StoredBead merged = review.merge(id, fifth.ref(), review.neighbour(id, fifth.id(), true).orElseThrow().ref(),
                "editor");
        review.approve(id, merged.ref(), "editor");

        jobs.realignNow(id, "editor", done -> { }, new AtomicBoolean());

        List<StoredBead> approved = review.approvedBeads(id);
        assertThat(approved).singleElement().extracting(StoredBead::range).isEqualTo(merged.range());
        assertThat(approved.getFirst().status()).isEqualTo(BeadStatus.APPROVED);
    }

    private WorkSummary work(String slug) {
        return library.work(slug).orElseThrow();
    }
}
