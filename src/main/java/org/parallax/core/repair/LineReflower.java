package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds paragraphs from text that keeps the printed lines of a page (PDF extraction), possibly with a blank
 * line after every printed line and more blank lines at page breaks.
 *
 * <p>The rule: a printed line ends its paragraph when the sentence is complete and the next line's first word
 * would still have fitted on it, since a typesetter only breaks a line early at a paragraph end (and never before
 * a lowercase word, which cannot start a paragraph). The line width is estimated from the text: widths are
 * measured with proportional-font metrics ({@link GlyphWidths}), the column width is a high percentile of line
 * widths, and "would have fitted" is calibrated on the lines that
 * certainly continue (they do not end a sentence): the tightest of those shows how much room a line may have
 * left and still be full. A short line that does not end a sentence, between a sentence end and a capital, is a
 * paragraph of its own (a heading or signature); more than one trailing space after a sentence end marks the end
 * of a paragraph in the source.
 */
final class LineReflower {

    private static final int MIN_LINES = 8;
    /** Share of lines that must fill at least {@link #FULL} of the column for the text to count as hard-wrapped. */
    private static final double MIN_FULL_SHARE = 0.3;
    private static final double FULL = 0.85;
    /** Widest plausible printed column, in em; a text with wider "lines" consists of whole paragraphs. */
    private static final double MAX_COLUMN_EM = 100;
    private static final double MIN_COLUMN_EM = 20;
    /** Lines narrower than this share of the column and not ending a sentence are headings or signatures. */
    private static final double SHORT = 0.6;
    private static final double SPACE_EM = 0.25;

    private final List<Line> lines;
    private final double column;
    private final boolean blankLinesAreLayout;
    private final int usualGap;

    private record Line(String text, double width, int trailingSpaces, int blankLinesBefore, int number) {
    }

    private LineReflower(List<Line> lines, double column) {
        this.lines = lines;
        this.column = column;
        int[] gaps = lines.stream().skip(1).mapToInt(Line::blankLinesBefore).sorted().toArray();
        long separated = Arrays.stream(gaps).filter(g -> g > 0).count();
        this.usualGap = gaps.length == 0 ? 0 : gaps[gaps.length / 2];
        // A blank line after (nearly) every printed line carries no meaning; otherwise blank lines separate paragraphs.
        this.blankLinesAreLayout = separated == 0 || separated >= 0.9 * gaps.length;
    }

    /**
     * A reflower for {@code rawLines} if they look hard-wrapped: enough lines nearly as wide as the column, none much
     * wider, and a column no wider than a printed page allows (clean text has whole paragraphs as "lines").
     *
     * @param firstLine the line number (1-based) of {@code rawLines.get(0)} in the file, for the notes
     */
    static Optional<LineReflower> ifHardWrapped(List<String> rawLines, int firstLine) {
        List<Line> lines = new ArrayList<>();
        int blanks = 0;
        for (int i = 0; i < rawLines.size(); i++) {
            String raw = rawLines.get(i);
            if (raw.isBlank()) {
                blanks++;
                continue;
            }
            String text = raw.strip();
            int trailing = raw.length() - raw.stripTrailing().length();
            lines.add(new Line(text, GlyphWidths.of(text), trailing, lines.isEmpty() ? 0 : blanks, firstLine + i));
            blanks = 0;
        }
        if (lines.size() < MIN_LINES) {
            return Optional.empty();
        }
        double[] widths = lines.stream().mapToDouble(Line::width).sorted().toArray();
        double column = quantile(widths, 0.95);
        long full = Arrays.stream(widths).filter(w -> w >= FULL * column).count();
        boolean wrapped = column >= MIN_COLUMN_EM && column <= MAX_COLUMN_EM
                && widths[widths.length - 1] <= 1.2 * column && full >= MIN_FULL_SHARE * widths.length;
        return wrapped ? Optional.of(new LineReflower(lines, column)) : Optional.empty();
    }

    double column() {
        return column;
    }

    int printedLines() {
        return lines.size();
    }

    List<Draft> reflow(Dehyphenator dehyphenator) {
        double fitLimit = fitLimit();
        List<Draft> paragraphs = new ArrayList<>();
        Draft current = new Draft(lines.get(0).text());
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            if (endsParagraph(line, next, fitLimit)) {
                paragraphs.add(current);
                current = new Draft(next.text());
                continue;
            }
            current = join(current, next, dehyphenator);
            if (next.blankLinesBefore() > usualGap + 1) {
                current.note(RepairNote.Kind.JOINED_PAGE_BREAK, "joined across a page break at line "
                        + next.number() + ": \"" + TextShape.tail(line.text(), 30) + "\" + \""
                        + TextShape.head(next.text(), 30) + "\"");
            }
        }
        paragraphs.add(current);
        return paragraphs;
    }

    private Draft join(Draft current, Line next, Dehyphenator dehyphenator) {
        String text = current.text();
        if (TextShape.endsWithWordHyphen(text)) {
            if (dehyphenator.dropsHyphen(text, next.text())) {
                String word = TextShape.tail(text, 12) + TextShape.firstWord(next.text());
                current.replace(dehyphenator.join(text, next.text()), RepairNote.Kind.DEHYPHENATED,
                        "line " + next.number() + ": \"" + word + "\"");
            } else {
                current.append("", next.text());       // a compound such as "Marxist-" + "Leninist"
            }
            return current;
        }
        char last = text.charAt(text.length() - 1);
        char first = next.text().charAt(0);
        boolean closed = TextShape.isClosedDash(last) || TextShape.isClosedDash(first)
                || TextShape.isCjk(last) || TextShape.isCjk(first);
        current.append(closed ? "" : " ", next.text());
        return current;
    }

    private boolean endsParagraph(Line line, Line next, double fitLimit) {
        if (!blankLinesAreLayout) {
            return next.blankLinesBefore() > 0;
        }
        if (TextShape.startsLowercase(next.text())) {
            return false;                               // paragraphs do not start in lowercase
        }
        boolean sentenceEnds = TextShape.endsSentence(line.text());
        double fit = line.width() + SPACE_EM + GlyphWidths.of(TextShape.firstWord(next.text()));
        if (sentenceEnds && (fit < fitLimit || line.trailingSpaces() > 1)) {
            return true;
        }
        return isHeading(line, next) || (sentenceEnds && isHeading(next, null));
    }

    /** A short line that does not end a sentence, followed by a capital (or nothing): a heading or signature. */
    private boolean isHeading(Line line, Line next) {
        return line.width() < SHORT * column && !TextShape.endsSentence(line.text())
                && !line.text().matches(".*[,\\-–—]")
                && (next == null || TextShape.startsUppercaseOrDigit(next.text()));
    }

    /**
     * The width below which "this line plus the next word" would still have fitted: the 2nd percentile of that
     * sum over lines that are near full width and do not end a sentence (so certainly continue).
     */
    private double fitLimit() {
        double[] fits = new double[lines.size()];
        int n = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            if (!TextShape.endsSentence(line.text()) && line.width() >= 0.8 * column) {
                fits[n++] = line.width() + SPACE_EM + GlyphWidths.of(TextShape.firstWord(lines.get(i + 1).text()));
            }
        }
        if (n < 10) {
            return 0.93 * column;
        }
        double[] sorted = Arrays.copyOf(fits, n);
        Arrays.sort(sorted);
        return quantile(sorted, 0.02);
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }
}
