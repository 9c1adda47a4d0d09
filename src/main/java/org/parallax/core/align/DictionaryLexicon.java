package org.parallax.core.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A lexicon read from glossary files: one {@code word<TAB>translation} pair per line, UTF-8, optionally
 * gzipped (the FreeDict lists in shared/eval/dict have this form). Only single-word entries are used, since
 * the aligner compares words. A file named like {@code eng-deu.tsv} declares its languages (ISO 639-3), so it
 * can be used in either direction, or as one half of a pivot: German-French through
 * {@code eng-deu} and {@code eng-fra} becomes German → English → French.
 */
public final class DictionaryLexicon {

    private static final Pattern LANGUAGES = Pattern.compile("([a-z]{2,3})[-_]([a-z]{2,3})\\.tsv(\\.gz)?$");

    private DictionaryLexicon() {
    }

    /**
     * A lexicon from source to target language built from the given files: files whose names declare two
     * languages are used forwards, backwards or as pivot halves as the languages require; files without
     * declared languages are taken as source-to-target glossaries.
     *
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static Lexicon fromFiles(List<Path> files, String sourceLanguage, String targetLanguage) throws IOException {
        String source = iso3(sourceLanguage);
        String target = iso3(targetLanguage);
        Map<String, Set<String>> direct = new HashMap<>();
        Map<String, Map<String, Set<String>>> toPivot = new HashMap<>();
        Map<String, Map<String, Set<String>>> fromPivot = new HashMap<>();
        for (Path file : files) {
            Matcher declared = LANGUAGES.matcher(file.getFileName().toString());
            String from = declared.find() ? iso3(declared.group(1)) : null;
            String to = from == null ? null : iso3(declared.group(2));
            if (from == null || (from.equals(source) && to.equals(target))) {
                read(file, false, direct);
            } else if (from.equals(target) && to.equals(source)) {
                read(file, true, direct);
            } else if (from.equals(source)) {
                read(file, false, toPivot.computeIfAbsent(to, k -> new HashMap<>()));
            } else if (to.equals(source)) {
                read(file, true, toPivot.computeIfAbsent(from, k -> new HashMap<>()));
            } else if (to.equals(target)) {
                read(file, false, fromPivot.computeIfAbsent(from, k -> new HashMap<>()));
            } else if (from.equals(target)) {
                read(file, true, fromPivot.computeIfAbsent(to, k -> new HashMap<>()));
            }
        }
        toPivot.forEach((pivot, first) -> {
            Map<String, Set<String>> second = fromPivot.get(pivot);
            if (second != null) {
                first.forEach((word, middles) -> middles.forEach(middle ->
                        second.getOrDefault(middle, Set.of()).forEach(translation ->
                                direct.computeIfAbsent(word, k -> new HashSet<>()).add(translation))));
            }
        });
        return word -> direct.getOrDefault(word, Set.of());
    }

    /** A lexicon from glossary entries (already in the wanted direction); like files, only single words are used. */
    public static Lexicon fromEntries(List<GlossaryEntry> entries) {
        Map<String, Set<String>> translations = new HashMap<>();
        WordForms forms = new WordForms();
        for (GlossaryEntry entry : entries) {
            add(entry.source().strip(), entry.target().strip(), false, forms, translations);
        }
        return word -> translations.getOrDefault(word, Set.of());
    }

    private static void read(Path file, boolean reversed, Map<String, Set<String>> into) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            WordForms forms = new WordForms();
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                add(line.substring(0, tab).strip(), line.substring(tab + 1).strip(), reversed, forms, into);
            }
        }
    }

    private static void add(String left, String right, boolean reversed, WordForms forms,
                            Map<String, Set<String>> into) {
        if (!isSingleWord(left) || !isSingleWord(right)) {
            return;
        }
        String from = forms.formOf(reversed ? right : left);
        String to = forms.formOf(reversed ? left : right);
        into.computeIfAbsent(from, k -> new HashSet<>()).add(to);
    }

    private static boolean isSingleWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** ISO 639-3 code of a 2- or 3-letter language code; "" stays "". */
    static String iso3(String language) {
        if (language == null || language.isEmpty()) {
            return "";
        }
        if (language.length() == 3) {
            return language.toLowerCase(Locale.ROOT);
        }
        try {
            return Locale.of(language).getISO3Language();
        } catch (java.util.MissingResourceException e) {
            return language;
        }
    }
}
