package org.parallax.core.export;

import java.util.Objects;

/**
 * Which delimited format {@link CsvWriter} writes.
 *
 * @param format        comma-separated (RFC 4180) or tab-separated
 * @param byteOrderMark start with U+FEFF, which spreadsheet programs need to recognise UTF-8
 */
public record CsvOptions(Format format, boolean byteOrderMark) {

    public enum Format {
        /** RFC 4180: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled. */
        CSV,
        /**
         * IANA text/tab-separated-values: LF line ends; fields may not contain tabs or line breaks, so tab, LF, CR
         * and backslash are written as {@code \t}, {@code \n}, {@code \r} and {@code \\}.
         */
        TSV
    }

    public CsvOptions {
        Objects.requireNonNull(format, "format");
    }

    public static CsvOptions csv() {
        return new CsvOptions(Format.CSV, false);
    }

    public static CsvOptions tsv() {
        return new CsvOptions(Format.TSV, false);
    }
}
