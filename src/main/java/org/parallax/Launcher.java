package org.parallax;

/**
 * The jar's Start-Class, compiled for Java 17 (see pom.xml) so that the machine's default java can at least say
 * what is needed: Parallax itself needs Java 21 or newer.
 */
public final class Launcher {

    private static final int REQUIRED_JAVA = 21;

    private Launcher() {
    }

    /**
     * Whether {@code args} run the command-line tool rather than the web app; never on a java too old for it, so
     * that {@link #main} still says what is needed. Asked by the jar's Main-Class before it picks a class path.
     */
    public static boolean selectsCommandLine(String[] args) throws ReflectiveOperationException {
        return args.length > 0 && Runtime.version().feature() >= REQUIRED_JAVA
                && (Boolean) Class.forName("org.parallax.cli.CommandLine").getMethod("isCommand", String.class)
                        .invoke(null, args[0]);
    }

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            System.err.println("Parallax needs Java " + REQUIRED_JAVA + " or newer; this is Java " + running + ".");
            System.err.println("Run it with a newer java, e.g.: /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar "
                    + "target/parallax.jar (./mvnw spring-boot:run finds one by itself).");
            System.exit(3);
        }
        // Reflection keeps this class free of references to classes compiled for Java 21.
        Class.forName("org.parallax.Parallax").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
