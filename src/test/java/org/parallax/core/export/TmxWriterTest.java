package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TmxWriterTest {

    @Test
    void shouldWriteTheHeaderTmxRequires() {
        Element header = TestXml.elements(TestXml.parse(TestXml.tmx(ExportFixtures.jonah(),
                TmxOptions.allBeadsWithStatus())), null, "header").get(0);

        assertEquals("1.4", header.getOwnerDocument().getDocumentElement().getAttribute("version"));
        assertEquals("Parallax", header.getAttribute("creationtool"));
        assertEquals("0.1.0-test", header.getAttribute("creationtoolversion"));
        assertEquals("plaintext", header.getAttribute("datatype"));
        assertEquals("block", header.getAttribute("segtype"));
        assertEquals("en", header.getAttribute("adminlang"));
        assertEquals("en", header.getAttribute("srclang"));
        assertEquals("Parallax", header.getAttribute("o-tmf"));
        assertEquals(Map.of("x-source-title", "Jonah (King James Version)", "x-target-title",
                "Jonás (Reina-Valera 1909)"), props(header));
    }

    @Test
    void shouldWriteAMultiSentenceBeadAsOneSeg() {
        Document tmx = TestXml.parse(TestXml.tmx(ExportFixtures.jonah(), TmxOptions.allBeadsWithStatus()));
        Element twoToTwo = TestXml.elements(tmx, null, "tu").get(1);
        List<Element> variants = TestXml.children(twoToTwo, "tuv");

        assertEquals("1", twoToTwo.getAttribute("tuid"));
        assertEquals(List.of("en", "es"), variants.stream()
                .map(v -> v.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).toList());
        assertEquals(1, TestXml.children(variants.get(0), "seg").size());
        assertEquals(String.join(" ", ExportFixtures.jonahSentences("kjv", 3).subList(1, 3)),
                variants.get(0).getTextContent());
        assertTrue(variants.get(1).getTextContent().startsWith("Y Jonás se levantó para huir"));
        assertTrue(variants.get(1).getTextContent().endsWith("se rompería la nave."));
    }

    @Test
    void shouldWriteStatusAndConfidenceOfEveryBeadWhenAllAreExported() {
        Document tmx = TestXml.parse(TestXml.tmx(ExportFixtures.jonah(), TmxOptions.allBeadsWithStatus()));

        assertEquals(List.of(Map.of("x-status", "approved", "x-confidence", "0.97"),
                        Map.of("x-status", "edited", "x-confidence", "1.0"),
                        Map.of("x-status", "rejected", "x-confidence", "0.31")),
                TestXml.elements(tmx, null, "tu").stream().map(TmxWriterTest::props).toList());
    }

    @Test
    void shouldWriteOnlyApprovedBeadsWithoutStatusWhenAskedTo() {
        Document tmx = TestXml.parse(TestXml.tmx(ExportFixtures.jonah(), TmxOptions.approvedBeadsOnly()));
        List<Element> units = TestXml.elements(tmx, null, "tu");

        assertEquals(1, units.size());
        assertEquals("0", units.get(0).getAttribute("tuid"));
        assertEquals(Map.of(), props(units.get(0)));
    }

    @Test
    void shouldWriteFlagsAsMachineReadablePropsAndHumanReadableNotes() {
        Element title = TestXml.elements(TestXml.parse(TestXml.tmx(ExportFixtures.udhr(),
                TmxOptions.allBeadsWithStatus())), null, "tu").get(0);

        assertEquals("9-19|TERMINOLOGY|Declaration|deklaratsiia|approved", props(title).get("x-flag"));
        assertEquals(List.of("Terminology: \"декларация\" [9-19] renders Declaration (deklaratsiia). Status: approved."
                        + " The UN's own term & \"official\" <b>wording</b>"),
                TestXml.children(title, "note").stream().map(Element::getTextContent).toList());
    }

    @Test
    void shouldEscapeMarkupSoThatAScriptInTheTextStaysText() {
        String tmx = TestXml.tmx(ExportFixtures.udhr(), TmxOptions.allBeadsWithStatus());

        assertFalse(tmx.contains("<script>"), tmx);
        assertFalse(tmx.contains("<b>"), tmx);
        assertTrue(tmx.contains(
                        "Tom &amp; Jerry's \"quote\" &lt;script&gt;alert('x')&lt;/script&gt; &amp;amp; 5 &gt; 3"),
                tmx);
        Element markup = TestXml.elements(TestXml.parse(tmx), null, "seg").get(4);
        assertEquals("Tom & Jerry's \"quote\" <script>alert('x')</script> &amp; 5 > 3", markup.getTextContent());
    }

    @Test
    void shouldReplaceCharactersXmlCannotCarryAndKeepLineBreaks() {
        String dirty = "Bell\u0007 null\u0000 nonchar\uFFFE lone\uD800 pair\uD83D\uDE00 CR\r\nLF\ttab";
        ExportDocument document = new ExportDocument("en", "ru", "", "", List.of(
                new ExportUnit(0, dirty, "ok", "approved", 1, List.of())), ExportFixtures.TOOL);

        String seg = TestXml.elements(TestXml.parse(TestXml.tmx(document, TmxOptions.approvedBeadsOnly())), null,
                "seg").get(0).getTextContent();

        assertEquals("Bell\uFFFD null\uFFFD nonchar\uFFFD lone\uFFFD pair\uD83D\uDE00 CR\r\nLF\ttab", seg);
    }

    private static Map<String, String> props(Element parent) {
        return TestXml.children(parent, "prop").stream()
                .collect(Collectors.toMap(p -> p.getAttribute("type"), Element::getTextContent,
                        (a, b) -> a + "\n" + b));
    }
}
