package org.parallax.flags;

/** Writes a flag's source link and the history row that says what changed. Internal to the flags feature. */
final class SourceLinking {

    private final FlagRepository flags;

    SourceLinking(FlagRepository flags) {
        this.flags = flags;
    }

    /** Links the flag (replacing any link it had) and returns it as stored. */
    Flag link(Flag flag, SourceLink link, String actor) {
        flags.setSource(flag.id(), link);
        flags.insertChange(flag.id(), flag.source() == null ? "link source" : "re-link source", actor,
                describe(link) + (link.isAutomatic() ? " (found by the source term)" : " (chosen)")
                        + (flag.source() == null ? "" : "; was " + describe(flag.source())));
        return flags.find(flag.id()).orElseThrow();
    }

    /** Removes the flag's link, saying why in the history, and returns it as stored. */
    Flag clear(Flag flag, String actor, String why) {
        flags.setSource(flag.id(), null);
        flags.insertChange(flag.id(), "clear source", actor, why + describe(flag.source()));
        return flags.find(flag.id()).orElseThrow();
    }

    private static String describe(SourceLink link) {
        return "\"" + link.text() + "\" [" + link.span().start() + "-" + link.span().end() + "] of source version "
                + link.versionId();
    }
}
