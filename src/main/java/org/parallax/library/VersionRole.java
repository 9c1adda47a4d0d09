package org.parallax.library;

/** Whether a version is the text as written or a translation of it. */
public enum VersionRole {
    SOURCE, TRANSLATION
}
