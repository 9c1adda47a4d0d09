package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.core.text.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A flag's source span and its own ITS type on the way out: flag code (TMX, CSV), TMX note and XLIFF. */
class SourceSpanExportTest {

    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String ITS = "http://www.w3.org/2005/11/its";

    /** UDHR title, English → Russian: "декларация" renders "Declaration", linked to it in the source. */
    private static ExportDocument titleLinked(String issueType) {
        String en = ExportFixtures.paragraphs("udhr/eng.txt").get(0);
        String ru = ExportFixtures.paragraphs("udhr/rus.txt").get(0);
        int at = ru.indexOf("декларация");
        int source = en.indexOf("Declaration");
        ExportFlag flag = new ExportFlag(at, at + 10, "CALQUE", "Calque", "Declaration", null, null, "approved",
                issueType, new Span(source, source + "Declaration".length()));
        return new ExportDocument("en", "ru", en, ru, List.of(new ExportUnit(0, en, ru, "approved", 0.99,
                List.of(flag))), ExportFixtures.TOOL);
    }

    @Test
    void shouldCarryTheSourceSpanAsASixthFieldOfTheFlagCode() {
        ExportFlag flag = titleLinked("locale-violation").units().getFirst().flags().getFirst();

        assertEquals("9-19|CALQUE|Declaration||approved|10-21", FlagCode.encode(flag));
        ExportFlag read = FlagCode.decode("9-19|CALQUE|Declaration||approved|10-21");
        assertEquals(new Span(10, 21), read.sourceSpan());
        assertEquals(new Span(9, 19), read.span());
        assertEquals(null, FlagCode.decode("9-19|CALQUE|Declaration||approved").sourceSpan());
        assertThrows(IllegalArgumentException.class, () -> FlagCode.decode("9-19|CALQUE|a|b|approved|10-21|x"));
        assertThrows(IllegalArgumentException.class, () -> FlagCode.decode("9-19|CALQUE|a|b|approved|ten"));
    }

    @Test
    void shouldMarkTheSourceSpanInXliffAndUseTheCategorysOwnItsType() {
        ExportDocument document = titleLinked("locale-violation");
        Document xliff = TestXml.parse(TestXml.xliff(document));

        List<Element> marks = TestXml.elements(xliff, XLIFF, "mrk");
        assertEquals(2, marks.size());
        Element source = marks.stream().filter(m -> m.getAttribute("id").equals("s1")).findFirst().orElseThrow();
        assertEquals("source", ((Element) source.getParentNode()).getLocalName());
        assertEquals("Declaration", source.getTextContent());
        assertEquals("term", source.getAttribute("type"));
        assertEquals("Calque", source.getAttribute("value"));
        Element target = marks.stream().filter(m -> m.getAttribute("id").equals("m1")).findFirst().orElseThrow();
        assertEquals("locale-violation", target.getAttributeNS(ITS, "locQualityIssueType"));
        assertEquals("Calque: \"декларация\" [9-19] renders Declaration, in the source \"Declaration\" [10-21]. "
                + "Status: approved.", target.getAttributeNS(ITS, "locQualityIssueComment"));
        assertEquals(document.units().getFirst().source(),
                TestXml.elements(xliff, XLIFF, "source").getFirst().getTextContent());
    }

    @Test
    void shouldPutTheSourceSpanInTheTmxPropAndNote() {
        String tmx = TestXml.tmx(titleLinked(null), TmxOptions.allBeadsWithStatus());

        assertTrue(tmx.contains("<prop type=\"x-flag\">9-19|CALQUE|Declaration||approved|10-21</prop>"), tmx);
        assertTrue(tmx.contains("in the source \"Declaration\" [10-21]"), tmx);
        assertEquals(List.of(new Span(10, 21)), TmxReader.read(new ByteArrayInputStream(
                tmx.getBytes(StandardCharsets.UTF_8))).units().getFirst().flags().stream()
                .map(ExportFlag::sourceSpan).toList());
    }

    @Test
    void shouldDeriveTheItsTypeFromTheCategoryOnlyWhenNoneIsGivenAndRefuseUnknownOnes() {
        assertEquals("other", titleLinked(null).units().getFirst().flags().getFirst().issueType());
        assertEquals("terminology", new ExportFlag(0, 1, "TERMINOLOGY", null, null, null, null, null).issueType());
        assertThrows(IllegalArgumentException.class,
                () -> new ExportFlag(0, 1, "CALQUE", null, null, null, null, null, "Terminology", null));
        assertEquals(Optional.of(ItsIssueType.LOCALE_VIOLATION), ItsIssueType.ofCode("locale-violation"));
        assertEquals(Optional.empty(), ItsIssueType.ofCode("LOCALE_VIOLATION"));
    }

    @Test
    void shouldRefuseASourceSpanOutsideTheSourceText() {
        ExportFlag flag = new ExportFlag(0, 3, "CALQUE", null, null, null, null, null, null, new Span(2, 40));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ExportUnit(4, "Short source.", "Цель", "auto", 0.5, List.of(flag)));
        assertEquals("the source span of flag [0, 3) lies outside the source text of bead 4 (length 13)",
                refused.getMessage());
    }
}
