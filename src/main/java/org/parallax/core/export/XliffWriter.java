package org.parallax.core.export;

import java.io.IOException;
import java.io.Writer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an alignment as XLIFF 2.1 (OASIS Standard, 13 February 2018): one {@code <file>}, one {@code <unit>} per
 * bead with one {@code <segment>}, and each flag as a W3C ITS 2.0 Localization Quality Issue on its span of the
 * target (XLIFF 2.1 section 5.8, ITS Module): {@code <mrk id type="its:generic" its:locQualityIssueType
 * its:locQualityIssueComment>span</mrk>}, see {@link ItsIssueType} for the mapping. A flag that overlaps another
 * without nesting cannot be an {@code <mrk>}; it becomes an {@code <sm/>}...{@code <em startRef/>} pair, as XLIFF
 * prescribes for overlapping annotations. The {@code locQualityIssueType} is the flag's own
 * ({@link ExportFlag#issueType()}). A flag linked to a span of the source marks that span too, in {@code <source>}, as
 * {@code <mrk id="sN" type="term" value="label">}, N being the number of the flag's {@code mN} in the target.
 *
 * <p>Bead status goes to {@code state} (auto and edited → translated, approved → final, rejected → initial) and,
 * exactly, to {@code subState="parallax:STATUS"}. Write to a UTF-8 Writer.
 */
public final class XliffWriter {

    static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String ITS_NS = "http://www.w3.org/2005/11/its";

    private XliffWriter() {
    }

    /**
     * Writes {@code document} to {@code out}, which is flushed but not closed.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(ExportDocument document, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(XLIFF_NS);
            xml.setPrefix("its", ITS_NS);
            xml.writeStartElement(XLIFF_NS, "xliff");
            xml.writeDefaultNamespace(XLIFF_NS);
            xml.writeNamespace("its", ITS_NS);
            xml.writeAttribute("version", "2.1");
            xml.writeAttribute("srcLang", document.sourceLanguage());
            xml.writeAttribute("trgLang", document.targetLanguage());
            xml.writeAttribute("its", ITS_NS, "version", "2.0");
            indent(xml, 1);
            xml.writeStartElement(XLIFF_NS, "file");
            xml.writeAttribute("id", "f1");
            if (!document.sourceTitle().isEmpty()) {
                xml.writeAttribute("original", XmlText.attribute(document.sourceTitle()));
            }
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
            for (ExportUnit unit : document.units()) {
                writeUnit(xml, unit);
            }
            indent(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write XLIFF: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void writeUnit(XMLStreamWriter xml, ExportUnit unit) throws XMLStreamException {
        indent(xml, 2);
        xml.writeStartElement(XLIFF_NS, "unit");
        xml.writeAttribute("id", "u" + unit.index());
        if (!unit.flags().isEmpty()) {
            indent(xml, 3);
            xml.writeStartElement(XLIFF_NS, "notes");
            for (ExportFlag flag : unit.flags()) {
                indent(xml, 4);
                xml.writeStartElement(XLIFF_NS, "note");
                xml.writeAttribute("category", "x-flag");
                XmlText.write(xml, FlagNote.describe(flag, unit));
                xml.writeEndElement();
            }
            indent(xml, 3);
            xml.writeEndElement();
        }
        indent(xml, 3);
        xml.writeStartElement(XLIFF_NS, "segment");
        xml.writeAttribute("id", "s" + unit.index());
        xml.writeAttribute("state", state(unit.status()));
        xml.writeAttribute("subState", "parallax:" + unit.status());
        indent(xml, 4);
        xml.writeStartElement(XLIFF_NS, "source");
        AnnotatedText.source(xml, unit).write();
        xml.writeEndElement();
        indent(xml, 4);
        xml.writeStartElement(XLIFF_NS, "target");
        AnnotatedText.target(xml, unit).write();
        xml.writeEndElement();
        indent(xml, 3);
        xml.writeEndElement();
        indent(xml, 2);
        xml.writeEndElement();
    }

    private static String state(String status) {
        return switch (status) {
            case "approved" -> "final";
            case "rejected" -> "initial";
            default -> "translated";
        };
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
