package org.parallax.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Real bilingual text from /work/shared for export tests: Jonah (KJV / Reina-Valera 1909) and the UDHR. */
final class ExportFixtures {

    static final CreationTool TOOL = CreationTool.parallax("0.1.0-test");

    private ExportFixtures() {
    }

    static List<String> paragraphs(String relative) {
        Path file = Path.of(System.getProperty("parallax.shared", "../shared"), "texts", relative);
        try {
            return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code count} sentences of Jonah 1, split after . ? or ! (good enough for these verses). */
    static List<String> jonahSentences(String version, int count) {
        return Arrays.stream(paragraphs("bible/jonah." + version + ".txt").get(0).split("(?<=[.?!])\\s+"))
                .limit(count).toList();
    }

    /**
     * English → Spanish, Jonah 1: bead 0 is 1-1, bead 1 is 2-2 (two sentences per side, one TMX seg), bead 2 is
     * 1-1 and rejected.
     */
    static ExportDocument jonah() {
        List<String> en = jonahSentences("kjv", 4);
        List<String> es = jonahSentences("rv1909", 4);
        return new ExportDocument("en", "es", "Jonah (King James Version)", "Jonás (Reina-Valera 1909)", List.of(
                ExportUnit.ofSentences(0, en.subList(0, 1), es.subList(0, 1), "approved", 0.97, List.of()),
                ExportUnit.ofSentences(1, en.subList(1, 3), es.subList(1, 3), "edited", 1.0, List.of()),
                ExportUnit.ofSentences(2, en.subList(3, 4), es.subList(3, 4), "rejected", 0.31, List.of())),
                TOOL);
    }

    /**
     * English → Russian UDHR (title and first recital) and a bead whose text is full of markup characters; flags on
     * the Russian.
     */
    static ExportDocument udhr() {
        List<String> en = paragraphs("udhr/eng.txt");
        List<String> ru = paragraphs("udhr/rus.txt");
        String title = ru.get(0);
        String declaration = "декларация";
        int at = title.indexOf(declaration);
        ExportFlag term = new ExportFlag(at, at + declaration.length(), "TERMINOLOGY", "Terminology", "Declaration",
                "deklaratsiia", "The UN's own term & \"official\" <b>wording</b>", "approved");
        String recital = ru.get(2);
        String dignity = "достоинства";
        int d = recital.indexOf(dignity);
        ExportFlag choice = new ExportFlag(d, d + dignity.length(), "lexical-choice", "Lexical choice", "dignity",
                "dostoinstva", "", "proposed");
        String markup = "Tom & Jerry's \"quote\" <script>alert('x')</script> &amp; 5 > 3";
        return new ExportDocument("en", "ru", en.get(0), title, List.of(
                new ExportUnit(0, en.get(0), title, "approved", 0.99, List.of(term)),
                new ExportUnit(1, en.get(2), recital, "auto", 0.8125, List.of(choice)),
                new ExportUnit(2, markup, "Том & Джерри «цитата» <script>alert(\"x\")</script>", "edited", 1.0,
                        List.of())),
                TOOL);
    }

    /** English → Simplified Chinese UDHR: title, heading and first recital, for CJK. */
    static ExportDocument udhrChinese() {
        List<String> en = paragraphs("udhr/eng.txt");
        List<String> zh = paragraphs("udhr/cmn_hans.txt");
        return new ExportDocument("en", "zh-Hans", en.get(0), zh.get(0), List.of(
                new ExportUnit(0, en.get(0), zh.get(0), "approved", 0.95, List.of()),
                new ExportUnit(1, en.get(1), zh.get(1), "approved", 0.9, List.of()),
                new ExportUnit(2, en.get(2), zh.get(2), "auto", 0.7, List.of())),
                TOOL);
    }
}
