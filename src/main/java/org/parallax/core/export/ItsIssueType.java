package org.parallax.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The W3C ITS 2.0 localization-quality issue types Parallax's flag categories map to (ITS 2.0, section 8.15,
 * "Localization Quality Issue", list of {@code locQualityIssueType} values).
 *
 * <p>Mapping (category code → ITS type), chosen for what a quality tool should do with the span:
 * <ul>
 *   <li>{@code source-term-kept}, {@code terminology} → {@code terminology}: a term question;</li>
 *   <li>{@code editorial-insertion}, {@code editorial-note}, {@code addition} → {@code addition}: text that is not in
 *       the source;</li>
 *   <li>{@code omission} → {@code omission};</li>
 *   <li>{@code possible-mistranslation}, {@code mistranslation} → {@code mistranslation};</li>
 *   <li>{@code lexical-choice}, {@code style} → {@code style}: wording rather than a term list;</li>
 *   <li>{@code register} → {@code register} (ITS has the exact type for register/tone);</li>
 *   <li>anything else → {@code other}.</li>
 * </ul>
 * The flag's own label goes into {@code locQualityIssueComment}, so "editorial note" and "editorial insertion" stay
 * distinguishable. A category an administrator defines names its type directly ({@link #ofCode}); the constants are
 * the whole ITS 2.0 list so any of them can be chosen.
 */
public enum ItsIssueType {
    TERMINOLOGY("terminology"),
    MISTRANSLATION("mistranslation"),
    OMISSION("omission"),
    UNTRANSLATED("untranslated"),
    ADDITION("addition"),
    DUPLICATION("duplication"),
    INCONSISTENCY("inconsistency"),
    GRAMMAR("grammar"),
    LEGAL("legal"),
    REGISTER("register"),
    LOCALE_SPECIFIC_CONTENT("locale-specific-content"),
    LOCALE_VIOLATION("locale-violation"),
    STYLE("style"),
    CHARACTERS("characters"),
    MISSPELLING("misspelling"),
    TYPOGRAPHICAL("typographical"),
    FORMATTING("formatting"),
    INCONSISTENT_ENTITIES("inconsistent-entities"),
    NUMBERS("numbers"),
    MARKUP("markup"),
    PATTERN_PROBLEM("pattern-problem"),
    WHITESPACE("whitespace"),
    INTERNATIONALIZATION("internationalization"),
    LENGTH("length"),
    NON_CONFORMANCE("non-conformance"),
    UNCATEGORIZED("uncategorized"),
    OTHER("other");

    private final String code;

    ItsIssueType(String code) {
        this.code = code;
    }

    /** The value of {@code its:locQualityIssueType}. */
    public String code() {
        return code;
    }

    /** The type whose {@link #code()} is {@code code}, e.g. "locale-violation"; empty for anything else. */
    public static Optional<ItsIssueType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    /**
     * The ITS type for a category code; case, underscores and spaces do not matter, so the names of
     * {@code org.parallax.core.flags.FlagCategory} work as they are.
     */
    public static ItsIssueType forCategory(String category) {
        String normalised = category.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (normalised) {
            case "source-term-kept", "terminology" -> TERMINOLOGY;
            case "editorial-insertion", "editorial-note", "addition" -> ADDITION;
            case "omission" -> OMISSION;
            case "possible-mistranslation", "mistranslation" -> MISTRANSLATION;
            case "lexical-choice", "style" -> STYLE;
            case "register" -> REGISTER;
            default -> OTHER;
        };
    }
}
