package org.parallax.core.flags;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns romanised Russian back into Cyrillic: "dokazat’" → "доказать", "Imeni Kominterna" → "Имени Коминтерна".
 *
 * <p>Reads Library of Congress romanisation (ALA-LC Romanization Tables, "Russian", 2012): zh, kh, ts, ch,
 * sh, shch, iu, ia, y for ы, ĭ for й, ė for э, ë for ё, ʹ for ь and ʺ for ъ, with or without the ligature
 * ties (t͡s, i͡a). Translators type the soft sign as ’ or ' and the hard sign as ” or ", so those are read
 * too, as are the popular yu/ya/yo/ye and the scholarly (ISO 9 style) j, č, š, ž.
 *
 * <p>Without ties the romanisation is ambiguous; these readings are guesses, chosen for what is common:
 * "i" after a vowel and before a consonant or the end is й (geroi → герой, Vasilii → Василий);
 * "ts" before k or t is тс, not ц (sovetskii → советский, bogatstvo → богатство), and before a single "ia"
 * too (boiatsia → боятся, while revoliutsiia → революция); "ia"/"iu" are я/ю (so the loanwords sotsializm and
 * Prezidium come out wrong, as соцялизм and Президюм); plain "e" is always е (eto → ето, not это: LC writes э as ė);
 * "y" before a vowel is й-iotation (я, ю, ё, е) only at the start of a word or after a vowel or sign.
 * Characters that are not romanised letters are copied unchanged.
 */
public final class ReverseTransliterator {

    private static final Map<String, String> SINGLE = Map.ofEntries(
            Map.entry("a", "а"), Map.entry("b", "б"), Map.entry("v", "в"), Map.entry("g", "г"),
            Map.entry("d", "д"), Map.entry("e", "е"), Map.entry("ë", "ё"), Map.entry("ė", "э"),
            Map.entry("è", "э"), Map.entry("z", "з"), Map.entry("i", "и"), Map.entry("ĭ", "й"), Map.entry("j", "й"),
            Map.entry("k", "к"), Map.entry("l", "л"), Map.entry("m", "м"), Map.entry("n", "н"),
            Map.entry("o", "о"), Map.entry("p", "п"), Map.entry("r", "р"), Map.entry("s", "с"),
            Map.entry("t", "т"), Map.entry("u", "у"), Map.entry("f", "ф"), Map.entry("y", "ы"),
            Map.entry("č", "ч"), Map.entry("š", "ш"), Map.entry("ž", "ж"), Map.entry("x", "х"),
            Map.entry("h", "х"), Map.entry("c", "ц"), Map.entry("w", "в"));

    /** Letter pairs that always mean one Cyrillic letter (the ambiguous "ts" is handled in context). */
    private static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("kh", "х"), Map.entry("zh", "ж"), Map.entry("ch", "ч"), Map.entry("sh", "ш"),
            Map.entry("šč", "щ"), Map.entry("iu", "ю"), Map.entry("ia", "я"),
            Map.entry("ju", "ю"), Map.entry("ja", "я"), Map.entry("jo", "ё"), Map.entry("je", "е"));

    /** Pairs joined by a ligature tie (LC's own disambiguation). */
    private static final Map<String, String> TIED = Map.of(
            "ts", "ц", "ia", "я", "iu", "ю", "ie", "е");

    private static final Map<Character, String> IOTATED_AFTER_Y = Map.of('a', "я", 'u', "ю", 'o', "ё", 'e', "е");

    private static final String VOWELS = "aeiouyëėè";

    /** @param romanised romanised Russian, not null; a phrase may contain several words */
    public String toCyrillic(String romanised) {
        String s = withoutSplitTies(Normalizer.normalize(romanised, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSoftSign(c) && i > 0 && Character.isLetter(s.charAt(i - 1))) {
                out.append(sameCase("ь", s.charAt(i - 1)));
                i++;
                continue;
            }
            if (isHardSign(c) && i > 0 && Character.isLetter(s.charAt(i - 1))) {
                out.append(sameCase("ъ", s.charAt(i - 1)));
                i++;
                continue;
            }
            String lower = lower(c);
            if (!SINGLE.containsKey(lower)) {
                out.append(c);
                i++;
                continue;
            }
            Reading reading = read(s, i);
            out.append(sameCase(reading.cyrillic(), c));
            i += reading.consumed();
        }
        return out.toString();
    }

    private record Reading(String cyrillic, int consumed) {
    }

    private static Reading read(String s, int i) {
        String c = lower(s.charAt(i));
        if (i + 2 < s.length() && s.charAt(i + 1) == '\u0361') {
            String tied = TIED.get(c + lower(s.charAt(i + 2)));
            if (tied != null) {
                return new Reading(tied, 3);
            }
        }
        if (lowerAt(s, i, 4).equals("shch")) {
            return new Reading("щ", 4);
        }
        String pair = lowerAt(s, i, 2);
        if (pair.equals("ts")) {
            String ts = tsReading(s, i);
            return new Reading(ts, ts.equals("ц") ? 2 : 1);
        }
        if (pair.length() == 2 && PAIRS.containsKey(pair)) {
            return new Reading(PAIRS.get(pair), 2);
        }
        if (c.equals("y") && i + 1 < s.length() && IOTATED_AFTER_Y.containsKey(lower(s.charAt(i + 1)).charAt(0))
                && (i == 0 || !Character.isLetter(s.charAt(i - 1)) || isVowel(s.charAt(i - 1))
                    || isSoftSign(s.charAt(i - 1)) || isHardSign(s.charAt(i - 1)))) {
            return new Reading(IOTATED_AFTER_Y.get(lower(s.charAt(i + 1)).charAt(0)), 2);
        }
        if (c.equals("i") && i > 0 && isVowel(s.charAt(i - 1))
                && (i + 1 == s.length() || !isVowel(s.charAt(i + 1)))) {
            return new Reading("й", 1);
        }
        return new Reading(SINGLE.get(c), 1);
    }

    /**
     * "ts" is ц except in тск/тст and the reflexive -тся (ts + a single "ia"); for тс only the т is consumed.
     * A capital after "ts" starts a new part of an abbreviation (TsK = ЦК), so it never makes тс.
     */
    private static String tsReading(String s, int i) {
        String next = i + 2 < s.length() && Character.isLowerCase(s.charAt(i + 2)) ? lowerAt(s, i + 2, 1) : "";
        if (next.equals("k") || next.equals("t")) {
            return "т";
        }
        if (lowerAt(s, i + 2, 2).equals("ia") && !lowerAt(s, i + 2, 3).equals("iia")) {
            return "т";
        }
        return "ц";
    }

    /** Drops LC's two-part ligature halves (U+FE20, U+FE21) by rewriting them as the one-piece tie U+0361. */
    private static String withoutSplitTies(String s) {
        return s.replace("\uFE20", "\u0361").replace("\uFE21", "");
    }

    private static boolean isSoftSign(char c) {
        return c == '’' || c == '\'' || c == 'ʹ';
    }

    private static boolean isHardSign(char c) {
        return c == '”' || c == '"' || c == 'ʺ';
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static String lower(char c) {
        return String.valueOf(c).toLowerCase(Locale.ROOT);
    }

    private static String lowerAt(String s, int from, int length) {
        if (from + length > s.length()) {
            return "";
        }
        return s.substring(from, from + length).toLowerCase(Locale.ROOT);
    }

    private static String sameCase(String cyrillic, char original) {
        return Character.isUpperCase(original) ? cyrillic.toUpperCase(Locale.ROOT) : cyrillic;
    }
}
