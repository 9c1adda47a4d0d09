package org.parallax.core.export;

import java.util.Objects;

/**
 * What a TMX export contains.
 *
 * @param approvedOnly  true: only approved beads, without status properties (what a translation memory wants);
 *                      false: every bead, with {@code x-status} and {@code x-confidence} properties
 * @param adminLanguage BCP 47 tag of the language of notes and properties (TMX {@code adminlang})
 */
public record TmxOptions(boolean approvedOnly, String adminLanguage) {

    public TmxOptions {
        Objects.requireNonNull(adminLanguage, "adminLanguage");
    }

    public static TmxOptions approvedBeadsOnly() {
        return new TmxOptions(true, "en");
    }

    public static TmxOptions allBeadsWithStatus() {
        return new TmxOptions(false, "en");
    }
}
