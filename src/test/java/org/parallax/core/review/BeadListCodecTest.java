package org.parallax.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadListCodecTest {

    @Test
    void shouldReadBackExactlyWhatItWrote() {
        List<ReviewBead> beads = List.of(
                new ReviewBead(new BeadRange(0, 2, 0, 1), 0.8734512309871234, BeadStatus.AUTO),
                new ReviewBead(new BeadRange(2, 3, 1, 1), 1.0, BeadStatus.APPROVED),
                new ReviewBead(new BeadRange(3, 3, 1, 2), 1.0E-7, BeadStatus.REJECTED));

        String text = BeadListCodec.encode(beads);

        assertThat(text).startsWith("0,2,0,1,AUTO,0.8734512309871234;2,3,1,1,APPROVED,1.0;");
        assertThat(BeadListCodec.decode(text)).isEqualTo(beads);
    }

    @Test
    void shouldWriteNoBeadsAsAnEmptyLine() {
        assertThat(BeadListCodec.encode(List.of())).isEmpty();
        assertThat(BeadListCodec.decode("")).isEmpty();
    }
}
