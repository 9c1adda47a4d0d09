package org.parallax.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentLinesTest {

    @Test
    void shouldPutASegmentOnOneLineWithWhitespaceRunsAsOneSpace() {
        assertThat(SegmentLines.oneLine(" Whereas\nrecognition\u00a0of \u2028 the\r\ninherent\tdignity, ")).isEqualTo(
                "Whereas recognition of the inherent dignity,");
    }

    @Test
    void shouldLeaveEverythingElseAlone() {
        assertThat(SegmentLines.oneLine("«Кеннеди» — 1961 г.")).isEqualTo("«Кеннеди» — 1961 г.");
        assertThat(SegmentLines.oneLine("   ")).isEmpty();
    }
}
