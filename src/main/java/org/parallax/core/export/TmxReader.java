package org.parallax.core.export;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final String ALL_LANGUAGES = "*all*";

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
            return new Parse(xml).run();
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

    private static TmxFormatException problem(XMLStreamReader xml, String message) {
        Location at = xml.getLocation();
        return new TmxFormatException(message, at.getLineNumber(), at.getColumnNumber(), null);
    }

    /** One pass over the events; state for the unit being read. */
    private static final class Parse {

        private record Variant(String language, String text) {
        }

        private final XMLStreamReader xml;
        private final List<TmxUnit> units = new ArrayList<>();
        private String sourceLanguage;
        private String targetLanguage = "";

        private String unitId;
        private String status;
        private List<ExportFlag> flags;
        private List<Variant> variants;

        Parse(XMLStreamReader xml) {
            this.xml = xml;
        }

        TmxContent run() throws XMLStreamException {
            // Not nextTag(): it rejects a DOCTYPE, which a TMX file may have (it is skipped, never loaded).
            while (xml.next() != XMLStreamConstants.START_ELEMENT) {
                if (xml.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                    throw problem(xml, "no root element");
                }
            }
            if (!xml.getLocalName().equals("tmx")) {
                throw problem(xml, "the root element is <" + xml.getLocalName() + ">, not <tmx>");
            }
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problem(xml, "entity references are not allowed: &" + xml.getLocalName() + ";");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "header" -> header();
                    case "tu" -> unit();
                    default -> {
                    }
                }
            }
            if (sourceLanguage == null) {
                throw new TmxFormatException("no <header> with a srclang", -1, -1, null);
            }
            return new TmxContent(sourceLanguage, targetLanguage, units);
        }

        private void header() {
            String srclang = xml.getAttributeValue(null, "srclang");
            if (srclang == null || srclang.isBlank()) {
                throw problem(xml, "the <header> has no srclang");
            }
            sourceLanguage = srclang.strip();
        }

        private void unit() throws XMLStreamException {
            requireHeader();
            unitId = valueOr(xml.getAttributeValue(null, "tuid"), "");
            status = "";
            flags = new ArrayList<>();
            variants = new ArrayList<>();
            // Read the unit's children here, so that the unit ends exactly at </tu>.
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "prop" -> prop();
                        case "tuv" -> variant();
                        default -> skipElement();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    endUnit();
                    return;
                }
            }
        }

        private void prop() throws XMLStreamException {
            String type = valueOr(xml.getAttributeValue(null, "type"), "");
            String value = xml.getElementText();
            switch (type) {
                case "x-status" -> status = value.strip();
                case "x-flag" -> {
                    try {
                        flags.add(FlagCode.decode(value));
                    } catch (IllegalArgumentException e) {
                        throw problem(xml, e.getMessage());
                    }
                }
                default -> {
                }
            }
        }

        private void variant() throws XMLStreamException {
            String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (language == null) {
                language = xml.getAttributeValue(null, "lang");
            }
            if (language == null || language.isBlank()) {
                throw problem(xml, "a <tuv> without xml:lang");
            }
            String text = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("seg")) {
                        text = segmentText();
                    } else {
                        skipElement();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (text == null) {
                throw problem(xml, "a <tuv> without <seg>");
            }
            variants.add(new Variant(language.strip(), text));
        }

        /** The text of a {@code <seg>}, without the native codes of inline elements. */
        private String segmentText() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 0;
            int codeDepth = 0;
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (codeDepth == 0) {
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw problem(xml, "entity references are not allowed: &" + xml.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (codeDepth > 0 || isInlineCode(xml.getLocalName())) {
                            codeDepth++;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 0) {
                            return text.toString();
                        }
                        depth--;
                        if (codeDepth > 0) {
                            codeDepth--;
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private static boolean isInlineCode(String element) {
            return switch (element) {
                case "bpt", "ept", "it", "ph", "ut" -> true;
                default -> false;
            };
        }

        private void endUnit() {
            Variant source = null;
            for (Variant variant : variants) {
                if (sourceLanguage.equals(ALL_LANGUAGES) || sameLanguage(variant.language(), sourceLanguage)) {
                    source = variant;
                    break;
                }
            }
            if (source == null) {
                source = variants.stream().filter(v -> primary(v.language()).equals(primary(sourceLanguage)))
                        .findFirst().orElse(null);
            }
            Variant target = null;
            for (Variant variant : variants) {
                if (variant != source && (targetLanguage.isEmpty() || sameLanguage(variant.language(), targetLanguage))
                        && (source == null || !sameLanguage(variant.language(), source.language()))) {
                    target = variant;
                    break;
                }
            }
            if (target != null && targetLanguage.isEmpty()) {
                targetLanguage = target.language();
            }
            if (sourceLanguage.equals(ALL_LANGUAGES) && source != null) {
                sourceLanguage = source.language();
            }
            units.add(new TmxUnit(unitId, source == null ? "" : source.text(), target == null ? "" : target.text(),
                    status, flags));
        }

        private void requireHeader() {
            if (sourceLanguage == null) {
                throw problem(xml, "a <tu> before the <header>");
            }
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problem(xml, "entity references are not allowed: &" + xml.getLocalName() + ";");
                }
            }
        }

        private static boolean sameLanguage(String a, String b) {
            return a.equalsIgnoreCase(b);
        }

        private static String primary(String language) {
            int dash = language.indexOf('-');
            return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
        }

        private static String valueOr(String value, String fallback) {
            return value == null ? fallback : value;
        }
    }
}
