package org.parallax.core.export;

import java.util.List;
import java.util.Objects;

/**
 * One translation unit read from TMX.
 *
 * @param id     the unit's {@code tuid}, "" when it has none
 * @param source text of the source-language variant, "" when the unit has none
 * @param target text of the target-language variant, "" when the unit has none
 * @param status the {@code x-status} property Parallax writes, "" when absent
 * @param flags  flags from {@code x-flag} properties (label = category, no comment), in file order
 */
public record TmxUnit(String id, String source, String target, String status, List<ExportFlag> flags) {

    public TmxUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        flags = List.copyOf(flags);
    }
}
