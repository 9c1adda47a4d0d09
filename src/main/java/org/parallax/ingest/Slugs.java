package org.parallax.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers made from titles ("Всеобщая декларация" keeps its letters; only separators change). */
final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    static String of(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "text" : slug;
    }
}
