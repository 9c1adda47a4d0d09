package org.parallax.library;

/** One repair the importer made, e.g. kind {@code JOINED_PAGE_BREAK} at paragraph 12 (0-based, null if global). */
public record RepairNoteView(String kind, Integer paragraph, String detail) {
}
