package org.parallax.core.export;

import java.util.Locale;

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
 * distinguishable.
 */
public enum ItsIssueType {
    TERMINOLOGY("terminology"),
    MISTRANSLATION("mistranslation"),
    OMISSION("omission"),
    ADDITION("addition"),
    STYLE("style"),
    REGISTER("register"),
    OTHER("other");

    private final String code;

    ItsIssueType(String code) {
        this.code = code;
    }

    /** The value of {@code its:locQualityIssueType}. */
    public String code() {
        return code;
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
