package org.parallax.core.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Text made safe for XML 1.0 before it reaches an {@link XMLStreamWriter}, which escapes markup characters but
 * passes through what XML cannot carry at all.
 */
final class XmlText {

    static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /**
     * Replaces each character outside XML 1.0's {@code Char} production (C0 controls other than tab, LF and CR;
     * U+FFFE, U+FFFF; unpaired surrogates) with U+FFFD, so a stray control character from a PDF cannot make the
     * whole file unreadable.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !Character.isLowSurrogate(c) && (c >= 0x20 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r');
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * An attribute value on one line: parsers normalise tab, CR and LF in attributes to spaces anyway, and the
     * JDK writer does not escape them.
     */
    static String attribute(String text) {
        return clean(text).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    /** Writes character content; a CR goes out as {@code &#13;} so that parsers do not fold it into a line break. */
    static void write(XMLStreamWriter xml, String text) throws XMLStreamException {
        String safe = clean(text);
        int from = 0;
        for (int cr = safe.indexOf('\r'); cr >= 0; cr = safe.indexOf('\r', from)) {
            xml.writeCharacters(safe.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(safe.substring(from));
    }
}
