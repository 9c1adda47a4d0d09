package org.parallax.core.export;

import java.io.IOException;
import java.io.Writer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an alignment as TMX 1.4b (LISA, "TMX 1.4b Specification", 2004): a {@code <header>} naming the tool, the
 * source language and {@code segtype="block"} (a bead of several sentences is one {@code <seg>}), then one
 * {@code <tu tuid="bead index">} per bead with a {@code <tuv xml:lang>} for each side.
 *
 * <p>Unit properties (TMX lets tools define {@code x-} types): {@code x-status} and {@code x-confidence} when all
 * beads are exported, and one {@code x-flag} per flag in {@link FlagCode} form; each flag also gets a human-readable
 * {@code <note>}. The header carries the titles as {@code x-source-title} and {@code x-target-title}. The output is
 * UTF-8 (the XML declaration says so): give a Writer that encodes UTF-8.
 */
public final class TmxWriter {

    private TmxWriter() {
    }

    /**
     * Writes {@code document} to {@code out}, which is flushed but not closed.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(ExportDocument document, TmxOptions options, Writer out) throws IOException {
        ExportDocument selected = options.approvedOnly() ? document.approvedOnly() : document;
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            writeHeader(xml, selected, options);
            newline(xml, 1);
            xml.writeStartElement("body");
            for (ExportUnit unit : selected.units()) {
                writeUnit(xml, unit, selected, !options.approvedOnly());
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write TMX: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void writeHeader(XMLStreamWriter xml, ExportDocument document, TmxOptions options)
            throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("header");
        xml.writeAttribute("creationtool", XmlText.attribute(document.creationTool().name()));
        xml.writeAttribute("creationtoolversion", XmlText.attribute(document.creationTool().version()));
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("segtype", "block");
        xml.writeAttribute("adminlang", XmlText.attribute(options.adminLanguage()));
        xml.writeAttribute("srclang", document.sourceLanguage());
        xml.writeAttribute("o-tmf", XmlText.attribute(document.creationTool().name()));
        prop(xml, 2, "x-source-title", document.sourceTitle());
        prop(xml, 2, "x-target-title", document.targetTitle());
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void writeUnit(XMLStreamWriter xml, ExportUnit unit, ExportDocument document, boolean withStatus)
            throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("tu");
        xml.writeAttribute("tuid", Integer.toString(unit.index()));
        if (withStatus) {
            prop(xml, 3, "x-status", unit.status());
            prop(xml, 3, "x-confidence", Double.toString(unit.confidence()));
        }
        for (ExportFlag flag : unit.flags()) {
            prop(xml, 3, "x-flag", FlagCode.encode(flag));
        }
        for (ExportFlag flag : unit.flags()) {
            newline(xml, 3);
            xml.writeStartElement("note");
            XmlText.write(xml, FlagNote.describe(flag, unit));
            xml.writeEndElement();
        }
        variant(xml, document.sourceLanguage(), unit.source());
        variant(xml, document.targetLanguage(), unit.target());
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void variant(XMLStreamWriter xml, String language, String text) throws XMLStreamException {
        newline(xml, 3);
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        xml.writeStartElement("seg");
        XmlText.write(xml, text);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void prop(XMLStreamWriter xml, int depth, String type, String value) throws XMLStreamException {
        newline(xml, depth);
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        XmlText.write(xml, value);
        xml.writeEndElement();
    }

    /** Indentation between elements only, never inside {@code <seg>}, where whitespace is content. */
    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
