package org.parallax.export;

/** The files an alignment can be exported as. */
public enum ExportFormat {
    TMX_APPROVED("TMX 1.4b, approved beads", "approved.tmx", "application/x-tmx+xml"),
    TMX_ALL("TMX 1.4b, all beads with status", "all.tmx", "application/x-tmx+xml"),
    CSV("CSV", "csv", "text/csv"),
    TSV("TSV", "tsv", "text/tab-separated-values"),
    XLIFF("XLIFF 2.1 with ITS flags", "xlf", "application/xliff+xml");

    private final String label;
    private final String extension;
    private final String mediaType;

    ExportFormat(String label, String extension, String mediaType) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
