package org.parallax.boot;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads our classes and resources from the jar's {@code BOOT-INF/classes}, which are plain entries of the outer
 * jar and so readable by the JDK's own {@code jar:} handler; whatever is not there comes from the
 * {@link NestedLibraries}, opened on the first such request. Parent first, as usual: the JDK and the classes at
 * the jar root come from {@code parent}.
 * <p>
 * The libraries' loader has {@code parent}, not this loader, as its parent, so no library class ever sees a second
 * copy of our classes. A library that looks one of ours up by name has to use the thread's context class loader,
 * which {@link CommandLineFirstLauncher} sets to this one (as JarLauncher sets it to its own).
 */
final class CommandLineClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final NestedLibraries libraries;

    CommandLineClassLoader(File jar, ClassLoader parent) throws MalformedURLException {
        super(new URL[] {new URL("jar:" + jar.toURI() + "!/BOOT-INF/classes/")}, parent);
        this.libraries = new NestedLibraries(jar, parent);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return super.findClass(name);
        } catch (ClassNotFoundException notOurs) {
            return libraries.loader().loadClass(name);
        }
    }

    @Override
    public URL findResource(String name) {
        URL ours = super.findResource(name);
        return ours != null ? ours : libraries.loader().findResource(name);
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        List<URL> found = Collections.list(super.findResources(name));
        found.addAll(Collections.list(libraries.loader().findResources(name)));
        return Collections.enumeration(found);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            libraries.close();
        }
    }
}
