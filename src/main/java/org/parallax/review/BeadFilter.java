package org.parallax.review;

import java.util.Set;
import org.parallax.core.review.BeadStatus;

/** Which beads a list shows: those with one of the given statuses (all when empty). */
public record BeadFilter(Set<BeadStatus> statuses) {

    public static final BeadFilter ALL = new BeadFilter(Set.of());

    public BeadFilter {
        statuses = Set.copyOf(statuses);
    }
}
