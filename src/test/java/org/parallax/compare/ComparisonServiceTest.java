package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.compare.ComparisonCell.Highlight;
import org.parallax.core.compare.SentenceRange;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.core.compare.WordChange.Kind;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;
import org.parallax.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(username = "tester", roles = {"TRANSLATOR", "EDITOR"})
class ComparisonServiceTest {

    @Autowired
    ComparisonService comparisons;

    @Autowired
    ReviewService review;

    @Test
    void shouldCompareJonahInThreeVersionsThroughTheKingJamesVersion() {
        Comparison jonah = comparisons.compare("jonah", "kjv", List.of("web-derived", "rv1909"), "tester");

        assertThat(jonah.versions()).extracting(VersionSummary::slug).containsExactly("kjv", "web-derived", "rv1909");
        for (int v = 0; v < 3; v++) {
            assertCoversEverySentenceInOrder(jonah, v);
        }
        ComparisonRow first = jonah.rows().getFirst();
        assertThat(first.cells().get(0).text()).startsWith("Now the word of the LORD came unto Jonah");
        assertThat(first.cells().get(1).text()).startsWith("Now Yahweh’s word came to Jonah");
        assertThat(first.cells().get(2).text()).startsWith("Y FUÉ palabra de Jehová á Jonás");
        assertThat(highlighted(first.cells().get(0))).contains("unto");
        assertThat(highlighted(first.cells().get(1))).contains("to");
        assertThat(first.cells().get(2).highlights()).as("Spanish is not compared word by word").isEmpty();
        assertThat(jonah.rows()).allSatisfy(row -> assertThat(row.variation()).isBetween(0.0, 1.0));
        assertThat(jonah.rows()).anySatisfy(row -> assertThat(row.variation()).isGreaterThan(0.3));
    }

    @Test
    void shouldNotReuseAnAlignmentThatLeavesSentencesOut() {
        long workId = comparisons.work("jonah").orElseThrow().id();
        WorkSummary jonah = comparisons.work("jonah").orElseThrow();
        long kjv = jonah.version("kjv").orElseThrow().id();
        long web = jonah.version("web-derived").orElseThrow().id();
        review.createAlignment(workId, kjv, web, "test", List.of(new ReviewBead(new BeadRange(0, 1, 0, 1), 1.0,
                BeadStatus.APPROVED)), "tester");

        Comparison comparison = comparisons.compare("jonah", "kjv", List.of("web-derived"), "tester");

        assertCoversEverySentenceInOrder(comparison, 0);
        assertCoversEverySentenceInOrder(comparison, 1);
    }

    @Test
    void shouldReuseTheAlignmentsOfAnEarlierComparison() {
        comparisons.compare("jonah", "kjv", List.of("web-derived"), "tester");
        long workId = comparisons.work("jonah").orElseThrow().id();
        int before = review.alignmentsOfWork(workId).size();

        Comparison again = comparisons.compare("jonah", "web-derived", List.of("kjv"), "tester");

        assertThat(review.alignmentsOfWork(workId)).hasSize(before);
        assertThat(again.pivot().slug()).isEqualTo("web-derived");
        assertCoversEverySentenceInOrder(again, 0);
        assertCoversEverySentenceInOrder(again, 1);
        assertThat(highlighted(again.rows().getFirst().cells().get(1))).contains("unto");
    }

    private static void assertCoversEverySentenceInOrder(Comparison comparison, int version) {
        int next = 0;
        for (ComparisonRow row : comparison.rows()) {
            SentenceRange range = row.cells().get(version).sentences();
            if (!range.isEmpty()) {
                assertThat(range.start()).as("row %d of version %d", row.index(), version).isEqualTo(next);
                next = range.end();
            }
        }
        assertThat(next).isEqualTo(comparison.versions().get(version).sentences());
    }

    private static List<String> highlighted(ComparisonCell cell) {
        return cell.highlights().stream().filter(h -> h.kind() != Kind.EQUAL).map(Highlight::span)
                .map(span -> span.of(cell.text())).toList();
    }
}
