package org.parallax.core.export;

import java.util.Objects;

/** The program that wrote an export file, as TMX's {@code creationtool}/{@code creationtoolversion} name it. */
public record CreationTool(String name, String version) {

    public CreationTool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    public static CreationTool parallax(String version) {
        return new CreationTool("Parallax", version);
    }
}
