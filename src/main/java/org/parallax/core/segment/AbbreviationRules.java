package org.parallax.core.segment;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per-language abbreviations that a sentence splitter must not end a sentence after.
 *
 * @param beforeNames   abbreviations (lowercase, without the final period) that stand before a name or word and
 *                      so never end a sentence: "Mr.", "Dr.", "тов.", "ул."
 * @param beforeNumbers abbreviations that stand before a number: "No. 66", "p. 12", "ст. 5"
 * @param ordinalDot    whether "3." is an ordinal number, as in German "am 3. Oktober", not a sentence end
 */
record AbbreviationRules(Set<String> beforeNames, Set<String> beforeNumbers, boolean ordinalDot) {

    private static final AbbreviationRules NONE = new AbbreviationRules(Set.of(), Set.of(), false);

    AbbreviationRules(Set<String> beforeNames, Set<String> beforeNumbers) {
        this(beforeNames, beforeNumbers, false);
    }

    private static final Map<String, AbbreviationRules> BY_LANGUAGE = Map.of(
            "en", new AbbreviationRules(
                    Set.of("mr", "mrs", "ms", "messrs", "dr", "prof", "st", "gen", "col", "lt", "capt", "sgt", "maj",
                            "adm", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "mt", "vs", "cf", "approx"),
                    Set.of("no", "nos", "p", "pp", "vol", "art", "ch", "fig", "sec", "para")),
            "de", new AbbreviationRules(
                    Set.of("hr", "fr", "dr", "prof", "st", "bzw", "vgl", "ca", "gem", "sog", "z", "u", "d"),
                    Set.of("nr", "art", "abs", "s", "bd", "kap", "ziff"), true),
            "fr", new AbbreviationRules(
                    Set.of("mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "mgr", "cf"),
                    Set.of("art", "n°", "no", "p", "pp", "vol", "chap")),
            "es", new AbbreviationRules(
                    Set.of("sr", "sra", "srta", "sres", "dr", "dra", "d", "dña", "ud", "uds", "vd", "vds", "sto", "sta",
                            "lic", "ing", "prof", "gral", "cf"),
                    Set.of("art", "núm", "pág", "p", "pp", "vol", "cap")),
            "ru", new AbbreviationRules(
                    Set.of("тов", "гр", "ул", "пр", "пл", "им", "акад", "проф", "доц", "св", "ген", "см", "ср", "т",
                            "гос", "изд"),
                    Set.of("ст", "стр", "с", "п", "пп", "гл", "ч", "№", "рис", "табл", "вып")),
            "uk", new AbbreviationRules(
                    Set.of("тов", "вул", "пр", "пл", "ім", "акад", "проф", "доц", "св", "ген", "див", "напр", "т", "зв",
                            "гр"),
                    Set.of("ст", "стор", "с", "п", "пп", "гл", "ч", "№", "рис", "табл")),
            "pl", new AbbreviationRules(
                    Set.of("ul", "al", "pl", "prof", "dr", "mgr", "inż", "ks", "św", "np", "tzn", "tj", "im", "gen",
                            "płk", "hab", "zob", "por"),
                    Set.of("art", "nr", "ust", "pkt", "str", "s", "poz", "rozdz", "godz"), true));

    static AbbreviationRules forLanguage(String language) {
        return BY_LANGUAGE.getOrDefault(language.toLowerCase(Locale.ROOT), NONE);
    }
}
