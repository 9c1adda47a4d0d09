package org.parallax.boot;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's libraries, {@code BOOT-INF/lib/*.jar}, in a class loader of Spring Boot's, created on first use: the
 * libraries are jars stored inside the jar, which only Spring Boot's {@code nested:} URL handler can read.
 * <p>
 * The order is that of {@code BOOT-INF/classpath.idx}, the class path order Spring Boot's JarLauncher uses
 * ("The Executable Jar Format", Spring Boot reference: one {@code - "BOOT-INF/lib/NAME.jar"} per line).
 * Spring Boot's loader classes sit at the jar root but are no Maven dependency of ours, hence the reflection.
 */
final class NestedLibraries {

    private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";

    private final File jar;
    private final ClassLoader parent;
    private URLClassLoader loader;

    NestedLibraries(File jar, ClassLoader parent) {
        this.jar = jar;
        this.parent = parent;
    }

    synchronized URLClassLoader loader() {
        if (loader == null) {
            try {
                loader = create();
            } catch (ReflectiveOperationException | IOException e) {
                throw new IllegalStateException("cannot open the libraries in " + jar, e);
            }
        }
        return loader;
    }

    synchronized void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    private URLClassLoader create() throws ReflectiveOperationException, IOException {
        Class.forName("org.springframework.boot.loader.net.protocol.Handlers").getMethod("register").invoke(null);
        var nestedJarUrl = Class.forName("org.springframework.boot.loader.net.protocol.jar.JarUrl")
                .getMethod("create", File.class, String.class);
        List<URL> urls = new ArrayList<>();
        for (String entry : libraryEntries()) {
            urls.add((URL) nestedJarUrl.invoke(null, jar, entry));
        }
        return (URLClassLoader) Class.forName("org.springframework.boot.loader.launch.LaunchedClassLoader")
                .getConstructor(boolean.class, URL[].class, ClassLoader.class)
                .newInstance(false, urls.toArray(URL[]::new), parent);
    }

    private List<String> libraryEntries() throws IOException {
        InputStream index = parent.getResourceAsStream(CLASSPATH_INDEX);
        if (index == null) {
            throw new IOException("no " + CLASSPATH_INDEX);
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("- \"") && line.endsWith("\"")) {
                    entries.add(line.substring(3, line.length() - 1));
                }
            }
        }
        return entries;
    }
}
