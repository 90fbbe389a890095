package io.factunit.junit;

import java.util.ServiceLoader;

/**
 * Drools logs through SLF4J. A test classpath without an SLF4J provider makes SLF4J print a three-line warning
 * into every build log and XML report; the engine imposes no provider (a project's own would then compete with
 * it), so when there is none it tells SLF4J to use its built-in no-operation one, which is what SLF4J falls
 * back to anyway, without the warning. A project with a provider, or one that names it, is left alone.
 */
final class QuietLogging {
    static final String PROVIDER = "slf4j.provider";
    static final String VERBOSITY = "slf4j.internal.verbosity";
    static final String NOP = "org.slf4j.helpers.NOP_FallbackServiceProvider";

    private QuietLogging() {
    }

    static void whenNoProvider() {
        if (System.getProperty(PROVIDER) != null || hasProvider()) {
            return;
        }
        System.setProperty(PROVIDER, NOP);
        if (System.getProperty(VERBOSITY) == null) {
            System.setProperty(VERBOSITY, "WARN"); // else SLF4J says at INFO that it loaded the provider named
        }
    }

    private static boolean hasProvider() {
        try {
            Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, QuietLogging.class.getClassLoader());
            return ServiceLoader.load(spi, QuietLogging.class.getClassLoader()).stream().findAny().isPresent();
        } catch (ClassNotFoundException | LinkageError e) {
            return true; // no SLF4J 2: nothing to quieten
        }
    }
}
