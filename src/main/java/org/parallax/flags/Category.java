package org.parallax.flags;

/**
 * A flag category as administrators keep it (table {@code flag_category}): a stable code that flags and exports
 * refer to, the label people read, the highlight color, and the W3C ITS 2.0 {@code locQualityIssueType} XLIFF export
 * uses. A retired category stays on the flags that have it but is not offered for new ones.
 *
 * @param color background of the highlight, {@code #rrggbb}
 */
public record Category(String code, String label, String color, String itsIssueType, boolean retired) {

    /** A dark shade of the highlight color for the highlighted text, so the text stays readable on it. */
    public String textColor() {
        int rgb = Integer.parseInt(color.substring(1), 16);
        int r = (rgb >> 16 & 0xff) * 3 / 10;
        int g = (rgb >> 8 & 0xff) * 3 / 10;
        int b = (rgb & 0xff) * 3 / 10;
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
