package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmxRoundTripTest {

    @Test
    void shouldReadBackCyrillicQuotesAmpersandsAndScriptUnchanged() {
        ExportDocument udhr = ExportFixtures.udhr();

        TmxContent read = TmxReader.read(new StringReader(TestXml.tmx(udhr, TmxOptions.allBeadsWithStatus())));

        assertEquals("en", read.sourceLanguage());
        assertEquals("ru", read.targetLanguage());
        assertEquals(udhr.units().stream().map(ExportUnit::source).toList(), read.sourceSegments());
        assertEquals(udhr.units().stream().map(ExportUnit::target).toList(), read.targetSegments());
        assertEquals(List.of("0", "1", "2"), read.units().stream().map(TmxUnit::id).toList());
        assertEquals(List.of("approved", "auto", "edited"), read.units().stream().map(TmxUnit::status).toList());
    }

    @Test
    void shouldReadBackChineseFromUtf8Bytes() {
        ExportDocument chinese = ExportFixtures.udhrChinese();
        byte[] bytes = TestXml.tmx(chinese, TmxOptions.allBeadsWithStatus()).getBytes(StandardCharsets.UTF_8);

        TmxContent read = TmxReader.read(new ByteArrayInputStream(bytes));

        assertEquals("zh-Hans", read.targetLanguage());
        assertEquals(List.of("世界人权宣言", "序言"), read.targetSegments().subList(0, 2));
        assertEquals(chinese.units().stream().map(ExportUnit::target).toList(), read.targetSegments());
        assertEquals(chinese.units().stream().map(ExportUnit::source).toList(), read.sourceSegments());
    }

    @Test
    void shouldKeepAMultiSentenceBeadAsOneSegment() {
        TmxContent read = TmxReader.read(new StringReader(TestXml.tmx(ExportFixtures.jonah(),
                TmxOptions.allBeadsWithStatus())));

        assertEquals(3, read.units().size());
        assertEquals(String.join(" ", ExportFixtures.jonahSentences("rv1909", 3).subList(1, 3)),
                read.targetSegments().get(1));
    }

    @Test
    void shouldReadBackFlagsExceptLabelAndComment() {
        ExportDocument udhr = ExportFixtures.udhr();
        ExportFlag written = udhr.units().get(0).flags().get(0);

        TmxContent read = TmxReader.read(new StringReader(TestXml.tmx(udhr, TmxOptions.allBeadsWithStatus())));

        assertEquals(List.of(new ExportFlag(written.start(), written.end(), written.category(), null,
                        written.sourceTerm(), written.transliteration(), "", written.status())),
                read.units().get(0).flags());
        assertEquals("декларация", read.units().get(0).flags().get(0).span().of(read.targetSegments().get(0)));
    }

    @Test
    void shouldReadBackCarriageReturnsAndReplacedControlCharacters() {
        ExportDocument document = new ExportDocument("en", "ru", "", "", List.of(
                new ExportUnit(0, "line one\r\nline two\rthree\u0001", "строка", "approved", 1, List.of())),
                ExportFixtures.TOOL);

        TmxContent read = TmxReader.read(new StringReader(TestXml.tmx(document, TmxOptions.approvedBeadsOnly())));

        assertEquals(List.of("line one\r\nline two\rthree\uFFFD"), read.sourceSegments());
    }

    @Test
    void shouldReadTmxFromOtherToolsWithInlineCodesOldLangAttributesAndADoctype() {
        String foreign = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx14.dtd">
                <tmx version="1.1">
                  <header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US"
                          srclang="EN-US" datatype="html"/>
                  <body>
                    <tu>
                      <tuv lang="en-us"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Start<ept i="1">&lt;/b&gt;</ept> &amp; go</seg></tuv>
                      <tuv lang="ru-RU"><seg>Нажмите <hi type="x">Пуск</hi><ph>&lt;br/&gt;</ph> и вперёд</seg></tuv>
                    </tu>
                    <tu tuid="b">
                      <tuv lang="ru-RU"><seg>Только перевод</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """;

        TmxContent read = TmxReader.read(new StringReader(foreign));

        assertEquals("EN-US", read.sourceLanguage());
        assertEquals("ru-RU", read.targetLanguage());
        assertEquals(List.of("Press Start & go", ""), read.sourceSegments());
        assertEquals(List.of("Нажмите Пуск и вперёд", "Только перевод"), read.targetSegments());
    }
}
