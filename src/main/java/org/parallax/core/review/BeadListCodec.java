package org.parallax.core.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a list of beads as one line of text for the change history, and reads it back:
 * {@code sourceStart,sourceEnd,targetStart,targetEnd,STATUS,confidence} per bead, beads separated by {@code ;}.
 * The confidence is written in full, so undoing a change restores it exactly.
 */
public final class BeadListCodec {

    private BeadListCodec() {
    }

    public static String encode(List<ReviewBead> beads) {
        StringBuilder text = new StringBuilder();
        for (ReviewBead bead : beads) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            BeadRange r = bead.range();
            text.append(r.sourceStart()).append(',').append(r.sourceEnd()).append(',')
                    .append(r.targetStart()).append(',').append(r.targetEnd()).append(',')
                    .append(bead.status().name()).append(',')
                    .append(bead.confidence());
        }
        return text.toString();
    }

    public static List<ReviewBead> decode(String text) {
        List<ReviewBead> beads = new ArrayList<>();
        if (text.isEmpty()) {
            return beads;
        }
        for (String item : text.split(";")) {
            String[] f = item.split(",");
            beads.add(new ReviewBead(new BeadRange(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3])), Double.parseDouble(f[5]), BeadStatus.valueOf(f[4])));
        }
        return beads;
    }
}
