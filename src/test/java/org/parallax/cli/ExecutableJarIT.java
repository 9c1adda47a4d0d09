package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.text.SharedTexts;

/**
 * The packaged jar as users run it, {@code java -jar target/parallax.jar ...}, in a process of its own: commands
 * start through the jar's own Main-Class (org.parallax.boot.CommandLineFirstLauncher, outside BOOT-INF) and must
 * print exactly what the command line prints in-process, including the commands that need libraries nested in
 * the jar (ICU, OpenNLP models); with no arguments the jar still starts the web app. That last check needs the
 * jar of {@code -Pproduction}: the default build's jar leaves out vaadin-dev (optional) and has no prebuilt
 * frontend bundle, so its web app cannot start, with or without this launcher.
 */
class ExecutableJarIT {

    private static final Path JAR = Path.of("target/parallax.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();
    private static final String UDHR_EN_DE = "eval/public/udhr-en-de/";

    @TempDir
    Path folder;

    @Test
    void shouldStartThroughTheLauncherAtTheJarRootWithTheNestedJarsStillStored() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("org.parallax.boot.CommandLineFirstLauncher");
            assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class")).isEqualTo("org.parallax.Launcher");
            assertThat(jar.getEntry("org/parallax/boot/CommandLineFirstLauncher.class")).isNotNull();
            List<JarEntry> libraries = jar.stream().filter(entry -> entry.getName().startsWith("BOOT-INF/lib/")
                    && entry.getName().endsWith(".jar")).toList();
            assertThat(libraries).hasSizeGreaterThan(50).allMatch(entry -> entry.getMethod() == ZipEntry.STORED);
        }
    }

    @Test
    void shouldAlignPresegmentedUdhrAsTheCommandLineDoesInProcess() throws Exception {
        String[] args = {"align", shared(UDHR_EN_DE + "src.txt"), shared(UDHR_EN_DE + "tgt.txt"), "--presegmented"};

        Run jar = runJar(args);

        assertThat(jar.status()).isZero();
        assertThat(jar.err()).isEmpty();
        assertThat(jar.out()).startsWith("[0]:[0]\n").isEqualTo(inProcess(args).out());
    }

    @Test
    void shouldAlignRawRussianWithEnglishUsingTheNestedLibraries() throws Exception {
        String[] args = {"align", shared("texts/udhr/rus.txt"), shared("texts/udhr/eng.txt"), "--format", "tsv"};

        Run jar = runJar(args);

        assertThat(jar.status()).isZero();
        assertThat(jar.err()).isEmpty();
        assertThat(jar.out().lines().count()).isGreaterThan(80);
        assertThat(jar.out()).isEqualTo(inProcess(args).out());
    }

    @Test
    void shouldSegmentWithTheSentenceModelFromANestedJar() throws Exception {
        String[] args = {"segment", shared("texts/udhr/deu.txt"), "--format", "json"};

        Run jar = runJar(args);

        assertThat(jar.status()).isZero();
        assertThat(jar.out()).contains("\"Die Allgemeine Erklärung der Menschenrechte\"")
                .isEqualTo(inProcess(args).out());
    }

    @Test
    void shouldReportAMissingFileInOneLineWithoutAStackTrace() throws Exception {
        Path missing = folder.resolve("missing.txt");

        Run jar = runJar("align", missing.toString(), shared(UDHR_EN_DE + "tgt.txt"), "--presegmented");

        assertThat(jar.status()).isNotZero();
        assertThat(jar.out()).isEmpty();
        assertThat(jar.err().lines().findFirst()).hasValue("parallax align: no such file: " + missing);
        assertThat(jar.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void shouldStillStartTheWebAppWithoutArguments() throws Exception {
        assumeTrue(hasProductionBundle(), "the web app starts only from the jar of ./mvnw -Pproduction package");
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-Xmx1g", "-jar", JAR.toAbsolutePath().toString())
                .directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("PORT", "0");
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + folder.resolve("db/parallax"));
        Process app = builder.start();
        try {
            CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> firstLineContaining(app,
                    "Started Parallax in "));
            assertThat(started.get(90, TimeUnit.SECONDS)).contains("Started Parallax in ");
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean hasProductionBundle() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            return jar.getEntry("META-INF/VAADIN/config/flow-build-info.json") != null;
        }
    }

    private static String firstLineContaining(Process process, String text) {
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(text)) {
                    return line;
                }
                seen.add(line);
            }
        } catch (IOException e) {
            seen.add(e.toString());
        }
        return String.join("\n", seen);
    }

    private static String shared(String relative) {
        return SharedTexts.path(relative).toString();
    }

    private Run runJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("java -jar " + JAR + " " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Run inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.standard(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
