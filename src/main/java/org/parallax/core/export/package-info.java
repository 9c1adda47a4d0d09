/**
 * Exchange formats for reviewed alignments (issues 4 and 5): TMX 1.4b, CSV/TSV and XLIFF 2.1 with W3C ITS 2.0
 * localization-quality annotations, and a secure TMX reader so that exported files re-import as parallel documents.
 *
 * <p>What is exported is an {@link org.parallax.core.export.ExportDocument}: languages, titles and one
 * {@link org.parallax.core.export.ExportUnit} per bead, each with its translation-choice
 * {@link org.parallax.core.export.ExportFlag}s. One writer class per format, each with one static
 * {@code write(document, ..., Writer)}; the caller owns (and closes) the {@link java.io.Writer}. Plain Java, JDK
 * XML APIs only; no Spring, no Vaadin.
 */
package org.parallax.core.export;
