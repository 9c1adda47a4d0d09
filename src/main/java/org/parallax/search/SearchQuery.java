package org.parallax.search;

/**
 * What to look for. {@code work}, {@code version} (a version slug) and {@code language} narrow the search; null
 * means any. {@code beadStatus} keeps hits that an alignment links with that review status ("approved", ...);
 * {@code flaggedOnly} keeps hits in sentences that carry a translation-choice flag.
 *
 * @param text  words (all must occur; "quoted phrases" allowed) or, in {@link Mode#REGEX}, one regular expression
 * @param limit how many hits to return at most
 */
public record SearchQuery(String text, Mode mode, String work, String version, String language, int limit,
                          String beadStatus, boolean flaggedOnly) {

    /** WORDS: words in any order, Lucene query syntax. REGEX: a regular expression matched against whole words. */
    public enum Mode { WORDS, REGEX }

    public static SearchQuery words(String text) {
        return new SearchQuery(text, Mode.WORDS, null, null, null, 100, null, false);
    }

    public static SearchQuery regex(String pattern) {
        return new SearchQuery(pattern, Mode.REGEX, null, null, null, 100, null, false);
    }

    public SearchQuery inWork(String workSlug) {
        return new SearchQuery(text, mode, workSlug, version, language, limit, beadStatus, flaggedOnly);
    }

    public SearchQuery inVersion(String versionSlug) {
        return new SearchQuery(text, mode, work, versionSlug, language, limit, beadStatus, flaggedOnly);
    }

    public SearchQuery inLanguage(String languageTag) {
        return new SearchQuery(text, mode, work, version, languageTag, limit, beadStatus, flaggedOnly);
    }

    public SearchQuery withBeadStatus(String status) {
        return new SearchQuery(text, mode, work, version, language, limit, status, flaggedOnly);
    }

    public SearchQuery onlyFlagged() {
        return new SearchQuery(text, mode, work, version, language, limit, beadStatus, true);
    }

    /** Whether hits are filtered after the index found them (the index knows only words and versions). */
    boolean filtersHits() {
        return beadStatus != null || flaggedOnly;
    }

    /** The same query asking the index for more candidates, since filtering after it drops some. */
    SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, mode, work, version, language, newLimit, beadStatus, flaggedOnly);
    }
}
