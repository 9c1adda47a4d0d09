package org.parallax.lexicon;

import java.time.OffsetDateTime;

/** An uploaded glossary without its entries. Languages are bare ISO 639 codes. */
public record GlossarySummary(long id, String name, String sourceLanguage, String targetLanguage, int entries,
                              String uploadedBy, OffsetDateTime uploadedAt) {
}
