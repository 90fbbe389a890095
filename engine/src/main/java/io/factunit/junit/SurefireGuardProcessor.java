package io.factunit.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.apiguardian.api.API;

/**
 * Makes a build whose Surefire cannot run test engines fail instead of passing with nothing run. Maven 3.8
 * binds Surefire 2.12.4 unless the pom names a version, and that Surefire runs no JUnit Platform engine: the
 * checks would not run, "Tests run: 0", BUILD SUCCESS. So next to each {@link FactCheck} class javac writes
 * {@value #GUARD}, a plain class such a Surefire runs as a "POJO test" (a public {@code test...} method) that
 * fails saying what to add. A JUnit Platform run ignores it: it has no annotation any engine looks for.
 */
@API(status = INTERNAL, since = "0.1")
@SupportedAnnotationTypes("io.factunit.junit.FactCheck")
public final class SurefireGuardProcessor extends AbstractProcessor {
    static final String GUARD = "FactUnitSurefireGuardTest";
    static final String MESSAGE = "FactUnit's checks did not run: this build's Surefire is older than 3.0 and runs"
            + " no JUnit Platform engine. Add maven-surefire-plugin 3.5.4 or later to <build><plugins>, as"
            + " FactUnit's README shows.";

    private final Set<String> written = new HashSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element anchor : round.getElementsAnnotatedWith(annotation)) {
                PackageElement pkg = processingEnv.getElementUtils().getPackageOf(anchor);
                String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
                if (written.add(packageName)) {
                    write(packageName, anchor);
                }
            }
        }
        return false; // others may read @FactCheck too
    }

    private void write(String packageName, Element anchor) {
        String name = packageName.isEmpty() ? GUARD : packageName + "." + GUARD;
        try (Writer out = processingEnv.getFiler().createSourceFile(name, anchor).openWriter()) {
            out.write(source(packageName));
        } catch (FilerException e) {
            // written in an earlier round of this compilation
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "FactUnit could not write " + name
                    + ": " + e.getMessage(), anchor);
        }
    }

    static String source(String packageName) {
        return (packageName.isEmpty() ? "" : "package " + packageName + ";\n\n")
                + "/** Written by FactUnit next to @FactCheck classes: fails only under a Surefire that runs no test"
                + " engine. */\n"
                + "public class " + GUARD + " {\n"
                + "    public void testSurefireRunsTheJUnitPlatform() {\n"
                + "        throw new AssertionError(\"" + MESSAGE + "\");\n"
                + "    }\n"
                + "}\n";
    }
}
