package org.parallax.core.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Writes exports to strings and parses them back with a namespace-aware DOM parser that refuses DOCTYPEs. */
final class TestXml {

    private TestXml() {
    }

    static String tmx(ExportDocument document, TmxOptions options) {
        StringWriter out = new StringWriter();
        try {
            TmxWriter.write(document, options, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    static String xliff(ExportDocument document) {
        StringWriter out = new StringWriter();
        try {
            XliffWriter.write(document, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** Parses well-formed XML or fails the test with the parser's message. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = namespace == null ? document.getElementsByTagName(localName)
                : document.getElementsByTagNameNS(namespace, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                list.add(element);
            }
        }
        return list;
    }
}
