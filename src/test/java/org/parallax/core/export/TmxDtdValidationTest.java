package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates written TMX against the TMX 1.4b content model (test resource tmx14b.dtd) with a DTD-validating parser.
 * The parser may load only that local resource: every other entity is refused, so nothing goes to the network.
 */
class TmxDtdValidationTest {

    private static final String DTD = "tmx14b.dtd";

    @Test
    void shouldWriteValidTmxWhenAllBeadsAreExported() {
        assertEquals(List.of(), violations(TestXml.tmx(ExportFixtures.jonah(), TmxOptions.allBeadsWithStatus())));
        assertEquals(List.of(), violations(TestXml.tmx(ExportFixtures.udhr(), TmxOptions.allBeadsWithStatus())));
        assertEquals(List.of(), violations(TestXml.tmx(ExportFixtures.udhrChinese(), TmxOptions.allBeadsWithStatus())));
    }

    @Test
    void shouldWriteValidTmxWhenOnlyApprovedBeadsAreExported() {
        assertEquals(List.of(), violations(TestXml.tmx(ExportFixtures.udhr(), TmxOptions.approvedBeadsOnly())));
    }

    @Test
    void shouldWriteValidTmxForAnAlignmentWithNothingApproved() {
        ExportDocument nothingApproved = new ExportDocument("en", "es", "", "", List.of(
                new ExportUnit(0, "a", "b", "auto", 0.5, List.of())), ExportFixtures.TOOL);
        assertEquals(List.of(), violations(TestXml.tmx(nothingApproved, TmxOptions.approvedBeadsOnly())));
    }

    @Test
    void theValidatorShouldCatchAMissingSourceLanguage() {
        String withoutSrclang = TestXml.tmx(ExportFixtures.jonah(), TmxOptions.allBeadsWithStatus())
                .replace(" srclang=\"en\"", "");

        List<String> violations = violations(withoutSrclang);

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("srclang"), violations::toString);
    }

    @Test
    void theValidatorShouldCatchAUnitWithoutVariantsAndAnUnknownSegtype() {
        String broken = TestXml.tmx(ExportFixtures.jonah(), TmxOptions.approvedBeadsOnly())
                .replace("segtype=\"block\"", "segtype=\"chapter\"")
                .replaceAll("(?s)<tuv .*?</tuv>", "");

        List<String> violations = violations(broken);

        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("chapter"), violations::toString);
        assertTrue(violations.get(1).contains("tu"), violations::toString);
    }

    /** Validation errors of {@code tmx} against the local DTD, each as "line:column message". */
    private static List<String> violations(String tmx) {
        String withDoctype = tmx.replaceFirst("\\?>", "?>\n<!DOCTYPE tmx SYSTEM \"" + DTD + "\">");
        List<String> errors = new ArrayList<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setValidating(true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                if (systemId == null || !systemId.endsWith("/" + DTD) && !systemId.equals(DTD)) {
                    throw new SAXException("refused to load " + systemId);
                }
                InputStream dtd = TmxDtdValidationTest.class.getResourceAsStream(DTD);
                InputSource source = new InputSource(dtd);
                source.setSystemId(systemId);
                return source;
            });
            reader.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            reader.parse(new InputSource(new StringReader(withDoctype)));
        } catch (Exception e) {
            throw new AssertionError("could not validate: " + e.getMessage(), e);
        }
        return errors;
    }
}
