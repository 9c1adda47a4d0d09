package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XliffWriterTest {

    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String ITS = "http://www.w3.org/2005/11/its";

    @Test
    void shouldWriteWellFormedXliff21DeclaringTheItsNamespace() {
        Element root = TestXml.parse(TestXml.xliff(ExportFixtures.udhr())).getDocumentElement();

        assertEquals(XLIFF, root.getNamespaceURI());
        assertEquals("xliff", root.getLocalName());
        assertEquals("2.1", root.getAttribute("version"));
        assertEquals("en", root.getAttribute("srcLang"));
        assertEquals("ru", root.getAttribute("trgLang"));
        assertEquals(ITS, root.getAttribute("xmlns:its"));
        assertEquals("2.0", root.getAttributeNS(ITS, "version"));
    }

    @Test
    void shouldMarkAFlaggedSpanAsAnItsLocalizationQualityIssue() {
        Document xliff = TestXml.parse(TestXml.xliff(ExportFixtures.udhr()));
        List<Element> marks = TestXml.elements(xliff, XLIFF, "mrk");

        assertEquals(2, marks.size());
        Element declaration = marks.get(0);
        assertEquals("target", ((Element) declaration.getParentNode()).getLocalName());
        assertEquals("декларация", declaration.getTextContent());
        assertEquals("m1", declaration.getAttribute("id"));
        assertEquals("its:generic", declaration.getAttribute("type"));
        assertEquals("terminology", declaration.getAttributeNS(ITS, "locQualityIssueType"));
        assertEquals("Terminology: \"декларация\" [9-19] renders Declaration (deklaratsiia). Status: approved."
                + " The UN's own term & \"official\" <b>wording</b>", declaration.getAttributeNS(ITS,
                "locQualityIssueComment"));
        assertEquals("достоинства", marks.get(1).getTextContent());
        assertEquals("style", marks.get(1).getAttributeNS(ITS, "locQualityIssueType"));
    }

    @Test
    void shouldKeepSourceAndTargetTextIntactAroundTheMarks() {
        ExportDocument udhr = ExportFixtures.udhr();
        Document xliff = TestXml.parse(TestXml.xliff(udhr));

        assertEquals(udhr.units().stream().map(ExportUnit::source).toList(),
                TestXml.elements(xliff, XLIFF, "source").stream().map(Element::getTextContent).toList());
        assertEquals(udhr.units().stream().map(ExportUnit::target).toList(),
                TestXml.elements(xliff, XLIFF, "target").stream().map(Element::getTextContent).toList());
    }

    @Test
    void shouldEscapeAScriptInTheText() {
        String xliff = TestXml.xliff(ExportFixtures.udhr());

        assertFalse(xliff.contains("<script>"), xliff);
        assertTrue(xliff.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"), xliff);
    }

    @Test
    void shouldCarryTheBeadStatusInStateAndExactlyInSubState() {
        Document xliff = TestXml.parse(TestXml.xliff(ExportFixtures.jonah()));
        List<Element> segments = TestXml.elements(xliff, XLIFF, "segment");

        assertEquals(List.of("final", "translated", "initial"),
                segments.stream().map(s -> s.getAttribute("state")).toList());
        assertEquals(List.of("parallax:approved", "parallax:edited", "parallax:rejected"),
                segments.stream().map(s -> s.getAttribute("subState")).toList());
        assertEquals(List.of("u0", "u1", "u2"), TestXml.elements(xliff, XLIFF, "unit").stream()
                .map(u -> u.getAttribute("id")).toList());
    }

    @Test
    void shouldNestContainedFlagsAndUseStartEndMarkersForCrossingOnes() {
        String target = "prove [dokazat’] the point";
        ExportDocument document = new ExportDocument("ru", "en", "", "", List.of(new ExportUnit(0, "доказать", target,
                "auto", 0.9, List.of(
                        new ExportFlag(0, 16, "source-term-kept", null, "доказать", "dokazat’", "", ""),
                        new ExportFlag(0, 5, "lexical-choice", null, "", "", "", ""),
                        new ExportFlag(6, 20, "editorial-insertion", null, "", "", "", ""),
                        new ExportFlag(26, 26, "omission", null, "", "", "nothing here", "")))),
                ExportFixtures.TOOL);

        String xliff = TestXml.xliff(document);
        String inline = xliff.substring(xliff.indexOf("<target>") + "<target>".length(), xliff.indexOf("</target>"))
                .replaceAll(" its:locQualityIssueComment=\"[^\"]*\"", "");

        assertEquals("<mrk id=\"m1\" type=\"its:generic\" its:locQualityIssueType=\"terminology\">"
                + "<mrk id=\"m2\" type=\"its:generic\" its:locQualityIssueType=\"style\">prove</mrk> "
                + "<sm id=\"m3\" type=\"its:generic\" its:locQualityIssueType=\"addition\"/>[dokazat’]</mrk> the"
                + "<em startRef=\"m3\"/> point"
                + "<mrk id=\"m4\" type=\"its:generic\" its:locQualityIssueType=\"omission\"></mrk>", inline);
        Element parsedTarget = TestXml.elements(TestXml.parse(xliff), XLIFF, "target").get(0);
        assertEquals(target, parsedTarget.getTextContent());
    }

    @Test
    void shouldWriteEachFlagAsAReadableNoteOfItsUnit() {
        Document xliff = TestXml.parse(TestXml.xliff(ExportFixtures.udhr()));

        assertEquals(List.of("Terminology: \"декларация\" [9-19] renders Declaration (deklaratsiia). Status: approved."
                        + " The UN's own term & \"official\" <b>wording</b>",
                "Lexical choice: \"достоинства\" [36-47] renders dignity (dostoinstva). Status: proposed."),
                TestXml.elements(xliff, XLIFF, "note").stream().map(Element::getTextContent).toList());
    }
}
