package org.parallax.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ExportWritersTest {

    private static final List<Witness> WITNESSES = List.of(new Witness("kjv", "King James Version"),
            new Witness("web-derived", "World English Bible (derived)"), new Witness("1909", "Reina-Valera 1909"));

    @Test
    void shouldWriteParallelSegmentationWithOneReadingPerWitnessAndEscapedText() throws Exception {
        String kjv = JonahVerses.kjv("And the word of the LORD came unto Jonah the second time");
        String web = JonahVerses.web("Yahweh’s word came to Jonah the second time");
        StringWriter out = new StringWriter();

        new TeiWriter().write("Jonah <compared> & more", WITNESSES,
                List.of(List.of(kjv, web, ""), List.of("a < b", "\"q\" & r", "Jonás")), out);

        Document tei = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(out.toString())));
        assertThat(tei.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.tei-c.org/ns/1.0");
        assertThat(tei.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Jonah <compared> & more");
        assertThat(tei.getElementsByTagName("witness").getLength()).isEqualTo(3);
        assertThat(((Element) tei.getElementsByTagName("witness").item(2))
                .getAttributeNS("http://www.w3.org/XML/1998/namespace", "id")).isEqualTo("w-1909");
        assertThat(tei.getElementsByTagName("app").getLength()).isEqualTo(2);
        Element firstReading = (Element) tei.getElementsByTagName("rdg").item(0);
        assertThat(firstReading.getAttribute("wit")).isEqualTo("#kjv");
        assertThat(firstReading.getTextContent()).isEqualTo(kjv);
        assertThat(((Element) tei.getElementsByTagName("rdg").item(2)).getTextContent()).isEmpty();
        assertThat(tei.getElementsByTagName("rdg").item(3).getTextContent()).isEqualTo("a < b");
        assertThat(tei.getElementsByTagName("rdg").item(4).getTextContent()).isEqualTo("\"q\" & r");
        assertThat(out.toString()).contains("a &lt; b").contains("parallel-segmentation");
    }

    @Test
    void shouldQuoteCsvFieldsWithCommasQuotesAndLineBreaks() {
        StringWriter out = new StringWriter();

        new CsvWriter().write(List.of("row", "kjv"),
                List.of(List.of("1", "Arise, go to Nineveh"), List.of("2", "he said \"no\"\nthen"), List.of("3", "plain")),
                out);

        assertThat(out.toString()).isEqualTo("row,kjv\r\n1,\"Arise, go to Nineveh\"\r\n2,\"he said \"\"no\"\"\nthen\"\r\n"
                + "3,plain\r\n");
    }
}
