package org.parallax.core.export;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** One pass over a TMX document's events for {@link TmxReader}; holds the state of the unit being read. */
final class TmxParse {

    private final XMLStreamReader xml;
    private final List<TmxUnit> units = new ArrayList<>();
    private String sourceLanguage;
    private String targetLanguage = "";

    private String unitId;
    private String status;
    private List<ExportFlag> flags;
    private List<TmxVariants.Variant> variants;

    TmxParse(XMLStreamReader xml) {
        this.xml = xml;
    }

    TmxContent run() throws XMLStreamException {
        // Not nextTag(): it rejects a DOCTYPE, which a TMX file may have (it is skipped, never loaded).
        while (xml.next() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                throw TmxReader.problem(xml, "no root element");
            }
        }
        if (!xml.getLocalName().equals("tmx")) {
            throw TmxReader.problem(xml, "the root element is <" + xml.getLocalName() + ">, not <tmx>");
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw TmxReader.problem(xml, "entity references are not allowed: &" + xml.getLocalName() + ";");
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
            throw TmxReader.problem(xml, "the <header> has no srclang");
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
                    throw TmxReader.problem(xml, e.getMessage());
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
            throw TmxReader.problem(xml, "a <tuv> without xml:lang");
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
            throw TmxReader.problem(xml, "a <tuv> without <seg>");
        }
        variants.add(new TmxVariants.Variant(language.strip(), text));
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
                        throw TmxReader.problem(xml, "entity references are not allowed: &" + xml.getLocalName() + ";");
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
        TmxVariants pair = TmxVariants.pick(variants, sourceLanguage, targetLanguage);
        if (sourceLanguage.equals(TmxVariants.ALL_LANGUAGES) && pair.source() != null) {
            sourceLanguage = pair.source().language();
        }
        if (targetLanguage.isEmpty() && pair.target() != null) {
            targetLanguage = pair.target().language();
        }
        units.add(new TmxUnit(unitId, pair.source() == null ? "" : pair.source().text(),
                pair.target() == null ? "" : pair.target().text(), status, flags));
    }

    private void requireHeader() {
        if (sourceLanguage == null) {
            throw TmxReader.problem(xml, "a <tu> before the <header>");
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
                throw TmxReader.problem(xml, "entity references are not allowed: &" + xml.getLocalName() + ";");
            }
        }
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
