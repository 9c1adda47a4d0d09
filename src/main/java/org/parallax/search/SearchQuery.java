package org.parallax.search;

/**
 * What to look for. {@code work}, {@code version} (a version slug) and {@code language} narrow the search; null
 * means any.
 *
 * @param text  words (all must occur; "quoted phrases" allowed) or, in {@link Mode#REGEX}, one regular expression
 * @param limit how many hits to return at most
 */
public record SearchQuery(String text, Mode mode, String work, String version, String language, int limit) {

    /** WORDS: words in any order, Lucene query syntax. REGEX: a regular expression matched against whole words. */
    public enum Mode { WORDS, REGEX }

    public static SearchQuery words(String text) {
        return new SearchQuery(text, Mode.WORDS, null, null, null, 100);
    }

    public static SearchQuery regex(String pattern) {
        return new SearchQuery(pattern, Mode.REGEX, null, null, null, 100);
    }

    public SearchQuery inWork(String workSlug) {
        return new SearchQuery(text, mode, workSlug, version, language, limit);
    }

    public SearchQuery inVersion(String versionSlug) {
        return new SearchQuery(text, mode, work, versionSlug, language, limit);
    }

    public SearchQuery inLanguage(String languageTag) {
        return new SearchQuery(text, mode, work, version, languageTag, limit);
    }
}
