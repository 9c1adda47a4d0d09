package org.parallax.core.flags;

/** Why a span of a translation is flagged. The suggester produces the first four; editors use the rest. */
public enum FlagCategory {
    SOURCE_TERM_KEPT("Source term kept"),
    EDITORIAL_INSERTION("Editorial insertion"),
    EDITORIAL_NOTE("Editorial note"),
    OMISSION("Omission"),
    LEXICAL_CHOICE("Lexical choice"),
    ADDITION("Addition"),
    TERMINOLOGY("Terminology"),
    REGISTER("Register / tone"),
    POSSIBLE_MISTRANSLATION("Possible mistranslation");

    private final String label;

    FlagCategory(String label) {
        this.label = label;
    }

    /** The name shown to people, e.g. "Source term kept". */
    public String label() {
        return label;
    }
}
