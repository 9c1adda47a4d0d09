package org.parallax.core.export;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX (1.4b, and the {@code lang} attribute of 1.1–1.3) into source/target segments per unit, so that a file
 * Parallax exported, or one from another tool, imports as a parallel document.
 *
 * <p>Parsing is closed to the outside world: DTDs are not processed and external entities are not supported, so a
 * {@code DOCTYPE} is skipped unread and any entity reference beyond the five predefined ones is an error (no XXE, no
 * entity expansion); a resolver that refuses everything backs this up. Inline codes ({@code bpt}, {@code ept},
 * {@code it}, {@code ph}, {@code ut}) hold native markup, not text, and are dropped; the text of {@code hi} is kept.
 * Anything unreadable becomes a {@link TmxFormatException} naming line and column.
 */
public final class TmxReader {

    private TmxReader() {
    }

    /** Reads TMX bytes; the encoding comes from the XML declaration (UTF-8 when there is none). */
    public static TmxContent read(InputStream in) {
        try {
            return read(secureFactory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    public static TmxContent read(Reader in) {
        try {
            return read(secureFactory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    static XMLInputFactory secureFactory() {
        // The JDK's own parser, whatever else is on the class path, so the properties below mean what they say.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private static TmxContent read(XMLStreamReader xml) throws XMLStreamException {
        try {
            return new TmxParse(xml).run();
        } catch (XMLStreamException e) {
            throw problem(e);
        } finally {
            xml.close();
        }
    }

    private static TmxFormatException problem(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the location is reported separately.
        int marker = message == null ? -1 : message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        return new TmxFormatException(message, at == null ? -1 : at.getLineNumber(),
                at == null ? -1 : at.getColumnNumber(), e);
    }

    static TmxFormatException problem(XMLStreamReader xml, String message) {
        Location at = xml.getLocation();
        return new TmxFormatException(message, at.getLineNumber(), at.getColumnNumber(), null);
    }
}
