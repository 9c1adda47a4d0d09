package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxReaderSecurityTest {

    private static final String TMX_AROUND = """
            <tmx version="1.4">
              <header creationtool="x" creationtoolversion="1" segtype="block" o-tmf="x" adminlang="en" srclang="en"
                      datatype="plaintext"/>
              <body><tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="ru"><seg>да</seg></tuv></tu></body>
            </tmx>
            """;

    @Test
    void shouldRefuseAnExternalEntityAndReadNothingFromTheFileSystem(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + TMX_AROUND.formatted("&e;");

        TmxFormatException refused = assertThrows(TmxFormatException.class,
                () -> TmxReader.read(new StringReader(xxe)));

        assertFalse(refused.getMessage().contains("TOP-SECRET-MARKER"));
        assertTrue(refused.getMessage().contains("\"e\""), refused.getMessage());
        assertEquals(6, refused.line());
    }

    @Test
    void shouldRefuseTheEtcPasswdPayload() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + TMX_AROUND.formatted("&e;");

        TmxFormatException refused = assertThrows(TmxFormatException.class,
                () -> TmxReader.read(new StringReader(xxe)));

        assertFalse(refused.getMessage().contains("root:"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("not a readable TMX file (line 6, column "), refused.getMessage());
    }

    @Test
    void shouldNotFetchAnExternalDtdOrParameterEntity() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        TmxContent read;
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            // Accept and hang up at once, so that a parser that does connect fails instead of waiting for an answer.
            Thread acceptor = Thread.ofPlatform().daemon().start(() -> {
                while (true) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            String payload = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"" + url + "\" [<!ENTITY % p SYSTEM \""
                    + url + "\"> %p;]>\n" + TMX_AROUND.formatted("harmless");

            read = TmxReader.read(new StringReader(payload));

            server.close();
            acceptor.join();
        }
        assertEquals(0, connections.get(), "the reader connected to the DTD's address");
        assertEquals("harmless", read.sourceSegments().get(0));
    }

    @Test
    void shouldNotExpandInternalEntitiesSoABillionLaughsGoesNowhere() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"haha\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
                + TMX_AROUND.formatted("&b;");

        assertThrows(TmxFormatException.class, () -> TmxReader.read(new StringReader(laughs)));
    }

    @Test
    void shouldReportWhereMalformedXmlBreaks() {
        String malformed = TMX_AROUND.formatted("unclosed <b>bold");

        TmxFormatException problem = assertThrows(TmxFormatException.class,
                () -> TmxReader.read(new StringReader(malformed)));

        assertEquals(4, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.getMessage().startsWith("not a readable TMX file (line 4, column "), problem.getMessage());
        assertFalse(problem.getMessage().contains("ParseError"), problem.getMessage());
    }

    @Test
    void shouldRefuseXmlThatIsNotTmx() {
        TmxFormatException problem = assertThrows(TmxFormatException.class,
                () -> TmxReader.read(new StringReader("<html><body>hi</body></html>")));

        assertEquals("not a readable TMX file (line 1, column 7): the root element is <html>, not <tmx>",
                problem.getMessage());
    }

    @Test
    void shouldRefuseAUnitBeforeTheHeaderAndAVariantWithoutLanguage() {
        assertThrows(TmxFormatException.class, () -> TmxReader.read(new StringReader(
                "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu></body></tmx>")));
        TmxFormatException noLanguage = assertThrows(TmxFormatException.class, () -> TmxReader.read(new StringReader(
                TMX_AROUND.formatted("a").replace("<tuv xml:lang=\"en\">", "<tuv>"))));
        assertTrue(noLanguage.getMessage().endsWith("a <tuv> without xml:lang"), noLanguage.getMessage());
    }

    @Test
    void shouldRefuseEmptyInput() {
        assertThrows(TmxFormatException.class, () -> TmxReader.read(new StringReader("")));
    }
}
