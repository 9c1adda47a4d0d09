package org.parallax.core.export;

/** The human-readable sentence about a flag, for TMX notes and XLIFF notes. */
final class FlagNote {

    private FlagNote() {
    }

    /**
     * E.g. {@code Source term kept: "prove" [12-17] renders доказать (dokazat’), in the source "доказали" [40-48].
     * Status: proposed.} followed by the comment, if any.
     */
    static String describe(ExportFlag flag, ExportUnit unit) {
        String target = unit.target();
        StringBuilder note = new StringBuilder(flag.label()).append(": \"")
                .append(flag.span().of(target)).append("\" [").append(flag.start()).append('-').append(flag.end())
                .append(']');
        if (!flag.sourceTerm().isEmpty()) {
            note.append(" renders ").append(flag.sourceTerm());
            if (!flag.transliteration().isEmpty()) {
                note.append(" (").append(flag.transliteration()).append(')');
            }
        } else if (!flag.transliteration().isEmpty()) {
            note.append(" keeps ").append(flag.transliteration());
        }
        if (flag.sourceSpan() != null) {
            note.append(", in the source \"").append(flag.sourceSpan().of(unit.source())).append("\" [")
                    .append(flag.sourceSpan().start()).append('-').append(flag.sourceSpan().end()).append(']');
        }
        note.append('.');
        if (!flag.status().isEmpty()) {
            note.append(" Status: ").append(flag.status()).append('.');
        }
        if (!flag.comment().isEmpty()) {
            note.append(' ').append(flag.comment());
        }
        return note.toString();
    }
}
