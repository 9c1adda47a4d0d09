package org.parallax.core.align;

/**
 * The log-likelihood charges (nats, positive = evidence of translation) of the items of one kind on one side of a
 * bead: per segment of the other side ({@link MatchRates}) or per comparable entry there ({@link EntryCharges}).
 */
interface ItemCharges {

    /**
     * @param otherSegments     segments on the other side of the bead (1-4)
     * @param otherEntries      comparable entries of the kind there, from the segments that show they belong
     * @param otherUnevidenced  segments there that matched nothing but marks
     * @param hits              items that matched something on the other side
     * @param misses            items that matched nothing
     */
    double charge(int side, int kind, int otherSegments, int otherEntries, int otherUnevidenced, int hits,
                  int misses);

    /**
     * The largest charge one item of this side and kind can get, hit or miss, against {@code otherSegments}
     * segments holding any number of entries: what bounds a bead's evidence before it is computed.
     */
    double mostPerItem(int side, int kind, int otherSegments);
}
