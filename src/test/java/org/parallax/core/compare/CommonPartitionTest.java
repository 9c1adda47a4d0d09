package org.parallax.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.core.compare.CommonPartition.Row;
import org.parallax.core.review.BeadRange;

class CommonPartitionTest {

    @Test
    void shouldGiveOneRowPerPivotSentenceWhenEveryAlignmentIsOneToOne() {
        List<Row> rows = CommonPartition.of(3, List.of(oneToOne(3), oneToOne(3)));

        assertThat(rows).containsExactly(
                row(0, 1, 0, 1, 0, 1), row(1, 2, 1, 2, 1, 2), row(2, 3, 2, 3, 2, 3));
    }

    @Test
    void shouldMergeRowsWhereOneVersionJoinsPivotSentences() {
        // Version A keeps 4 pivot sentences apart; version B joins pivot 1 and 2 into its sentence 1.
        List<BeadRange> a = oneToOne(4);
        List<BeadRange> b = List.of(new BeadRange(0, 1, 0, 1), new BeadRange(1, 3, 1, 2), new BeadRange(3, 4, 2, 3));

        List<Row> rows = CommonPartition.of(4, List.of(a, b));

        assertThat(rows).containsExactly(row(0, 1, 0, 1, 0, 1), row(1, 3, 1, 3, 1, 2), row(3, 4, 3, 4, 2, 3));
    }

    @Test
    void shouldPutSentencesWithoutPivotIntoTheRowThatFollowsAndGapsAsEmptyRanges() {
        // Version A adds a sentence before pivot 1 and has nothing for pivot 2; it ends with one more sentence.
        List<BeadRange> a = List.of(new BeadRange(0, 1, 0, 1), new BeadRange(1, 1, 1, 2), new BeadRange(1, 2, 2, 3),
                new BeadRange(2, 3, 3, 3), new BeadRange(3, 3, 3, 4));

        List<Row> rows = CommonPartition.of(3, List.of(a));

        assertThat(rows).containsExactly(
                new Row(new SentenceRange(0, 1), List.of(new SentenceRange(0, 1))),
                new Row(new SentenceRange(1, 2), List.of(new SentenceRange(1, 3))),
                new Row(new SentenceRange(2, 3), List.of(new SentenceRange(3, 4))));
    }

    private static List<BeadRange> oneToOne(int n) {
        return IntStream.range(0, n).mapToObj(i -> new BeadRange(i, i + 1, i, i + 1)).toList();
    }

    private static Row row(int pivotStart, int pivotEnd, int aStart, int aEnd, int bStart, int bEnd) {
        return new Row(new SentenceRange(pivotStart, pivotEnd),
                List.of(new SentenceRange(aStart, aEnd), new SentenceRange(bStart, bEnd)));
    }
}
