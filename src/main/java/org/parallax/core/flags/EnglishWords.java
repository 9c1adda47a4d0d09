package org.parallax.core.flags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * English words that are spelled like romanised Russian, loaded once from the bundled list
 * {@code english-words-romanisable.txt.gz} (derived from FreeDict; see the LICENSE note beside it).
 * Thread-safe: the set is built once and never changed.
 */
final class EnglishWords {

    private static final String RESOURCE = "english-words-romanisable.txt.gz";

    private EnglishWords() {
    }

    /** Whether {@code word} (any case) is an English word according to the bundled list. */
    static boolean contains(String word) {
        return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private static Set<String> load() {
        InputStream raw = EnglishWords.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Set<String> words = new HashSet<>(100_000);
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Set.copyOf(words);
    }
}
