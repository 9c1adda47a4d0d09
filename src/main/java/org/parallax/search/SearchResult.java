package org.parallax.search;

import java.util.List;

/** The first hits of a search, how many sentences matched in all, and how long the index took (microseconds). */
public record SearchResult(List<SearchHit> hits, long total, long searchMicros) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
