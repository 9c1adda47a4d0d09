package org.parallax.core.compare;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a comparison as TEI P5 with the parallel-segmentation method of encoding variants (TEI P5 Guidelines,
 * chapter 12 "Critical Apparatus", 12.2.3): a {@code <listWit>} of the witnesses in the header and, in the body, one
 * {@code <seg>} per row holding an {@code <app>} with one {@code <rdg wit="#id">} per witness; an empty
 * {@code <rdg/>} where a witness has nothing there. Text is escaped by the XML writer.
 */
public final class TeiWriter {

    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /**
     * @param readings one list per row with one reading per witness, in the witnesses' order (none null)
     */
    public void write(String title, List<Witness> witnesses, List<List<String>> readings, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(TEI_NS);
            xml.writeStartElement("TEI");
            xml.writeDefaultNamespace(TEI_NS);
            header(xml, title, witnesses);
            start(xml, 1, "text");
            start(xml, 2, "body");
            start(xml, 3, "p");
            for (int row = 0; row < readings.size(); row++) {
                start(xml, 4, "seg");
                xml.writeAttribute("n", Integer.toString(row + 1));
                start(xml, 5, "app");
                List<String> rowReadings = readings.get(row);
                for (int w = 0; w < witnesses.size(); w++) {
                    indent(xml, 6);
                    String reading = rowReadings.get(w);
                    if (reading.isEmpty()) {
                        xml.writeEmptyElement("rdg");
                        xml.writeAttribute("wit", "#" + xmlId(witnesses.get(w)));
                    } else {
                        xml.writeStartElement("rdg");
                        xml.writeAttribute("wit", "#" + xmlId(witnesses.get(w)));
                        xml.writeCharacters(reading);
                        xml.writeEndElement();
                    }
                }
                end(xml, 5);
                end(xml, 4);
            }
            end(xml, 3);
            end(xml, 2);
            end(xml, 1);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write TEI", e);
        }
    }

    private static void header(XMLStreamWriter xml, String title, List<Witness> witnesses) throws XMLStreamException {
        start(xml, 1, "teiHeader");
        start(xml, 2, "fileDesc");
        start(xml, 3, "titleStmt");
        leaf(xml, 4, "title", title);
        end(xml, 3);
        start(xml, 3, "publicationStmt");
        leaf(xml, 4, "p", "Exported from Parallax.");
        end(xml, 3);
        start(xml, 3, "sourceDesc");
        start(xml, 4, "listWit");
        for (Witness witness : witnesses) {
            indent(xml, 5);
            xml.writeStartElement("witness");
            xml.writeAttribute("xml", XML_NS, "id", xmlId(witness));
            xml.writeCharacters(witness.label());
            xml.writeEndElement();
        }
        end(xml, 4);
        end(xml, 3);
        end(xml, 2);
        start(xml, 2, "encodingDesc");
        indent(xml, 3);
        xml.writeEmptyElement("variantEncoding");
        xml.writeAttribute("method", "parallel-segmentation");
        xml.writeAttribute("location", "internal");
        end(xml, 2);
        end(xml, 1);
    }

    /** An xml:id must be an XML name: a slug that starts with a digit gets a prefix. */
    static String xmlId(Witness witness) {
        String id = witness.id().replaceAll("[^\\p{L}\\p{N}._-]", "-");
        return id.isEmpty() || !Character.isLetter(id.codePointAt(0)) && id.charAt(0) != '_' ? "w-" + id : id;
    }

    private static void leaf(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void start(XMLStreamWriter xml, int depth, String name) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
    }

    private static void end(XMLStreamWriter xml, int depth) throws XMLStreamException {
        indent(xml, depth);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
