package org.parallax.core.flags;

/**
 * The built-in flag categories: the suggester produces the first four, and the command line names them all. In the
 * application the category list is data that administrators extend (table {@code flag_category}, seeded with these,
 * {@link #name()} being the category code); this enum is only what core itself needs.
 */
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
