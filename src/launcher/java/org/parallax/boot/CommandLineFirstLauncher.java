package org.parallax.boot;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;

/**
 * The jar's {@code Main-Class}: runs a command ({@code align}, {@code segment}, ...) without Spring Boot's
 * nested-jar launcher, which costs about 0.18 s before the first line of ours runs, and starts everything else
 * (the web app, {@code -Djarmode=...}) through {@code JarLauncher} as a plain Spring Boot jar would.
 * <p>
 * A command runs in a {@link CommandLineClassLoader}: our classes come straight from {@code BOOT-INF/classes}, the
 * libraries from Spring Boot's loader over {@code BOOT-INF/lib}, opened only when a command first needs one. Which
 * arguments are a command, and which java is new enough, is decided by {@code org.parallax.Launcher}, the
 * Start-Class. This class lives at the jar root (src/launcher, packaged by pom.xml) and is compiled for Java 17, so
 * that an old java still reaches Launcher's message saying what is needed.
 */
public final class CommandLineFirstLauncher {

    private static final String START_CLASS = "org.parallax.Launcher";
    private static final String JAR_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private CommandLineFirstLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        File jar = thisJar();
        if (args.length > 0 && System.getProperty("jarmode") == null && jar != null) {
            CommandLineClassLoader loader = new CommandLineClassLoader(jar, CommandLineFirstLauncher.class.getClassLoader());
            Class<?> launcher = loader.loadClass(START_CLASS);
            if ((Boolean) invoke(launcher.getMethod("selectsCommandLine", String[].class), args)) {
                Thread.currentThread().setContextClassLoader(loader);
                invoke(launcher.getMethod("main", String[].class), args);
                return;
            }
            loader.close();
        }
        invoke(Class.forName(JAR_LAUNCHER).getMethod("main", String[].class), args);
    }

    /** The jar this class was loaded from, or null when it runs from a directory (JarLauncher handles that). */
    private static File thisJar() throws Exception {
        URL location = CommandLineFirstLauncher.class.getProtectionDomain().getCodeSource().getLocation();
        File file = new File(location.toURI());
        return file.isFile() ? file : null;
    }

    /** Calls a static {@code (String[])} method, rethrowing what it throws as itself. */
    private static Object invoke(Method method, String[] args) throws Throwable {
        try {
            return method.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
