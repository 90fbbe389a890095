package io.factunit.rules;

import io.factunit.article.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a project's own rule files in {@link RuleSetLoader#CLASSPATH_FOLDER} on the test classpath
 * ({@code target/test-classes/factunit/rules/} once Maven has copied {@code src/test/resources}). Only folders are
 * read: rules in a jar are a pack, found through its index.
 */
final class ClasspathRuleFolders {
    private ClasspathRuleFolders() {
    }

    /** The *.yaml files under the folder in every classpath folder that is no pack, sorted per folder. */
    static List<Path> files(ClassLoader loader, Collection<String> packResources) {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders(loader)) {
            Path root = rootOf(folder);
            if (root != null && Files.isRegularFile(root.resolve(RuleSetLoader.PACK_INDEX))) {
                continue; // a pack's own folder (the rules module's classes): its index lists what it holds
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(ClasspathRuleFolders::isRuleFile).sorted().toList()) {
                    refuseHidingAPackFile(folder, file, packResources);
                    found.add(displayed(file));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new RuleException(new Location(folder.toString(), 0, 0), "cannot read: " + InputFiles.reason(
                        e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
            }
        }
        return found;
    }

    private static List<Path> folders(ClassLoader loader) {
        List<Path> folders = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(RuleSetLoader.CLASSPATH_FOLDER);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    Path folder = Path.of(url.toURI());
                    if (Files.isDirectory(folder) && !folders.contains(folder)) {
                        folders.add(folder);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new RuleException(new Location(RuleSetLoader.CLASSPATH_FOLDER, 0, 0),
                    "cannot list the classpath: " + e.getMessage());
        }
        return folders;
    }

    /** The classpath folder that holds {@code factunit/rules}. */
    private static Path rootOf(Path folder) {
        Path root = folder;
        for (int i = 0; i < Path.of(RuleSetLoader.CLASSPATH_FOLDER).getNameCount() && root != null; i++) {
            root = root.getParent();
        }
        return root;
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(file);
    }

    /** The class loader reads the first of two equal resource names: a project's file would replace the pack's. */
    private static void refuseHidingAPackFile(Path folder, Path file, Collection<String> packResources) {
        String resource = RuleSetLoader.CLASSPATH_FOLDER + "/" + folder.relativize(file).toString().replace('\\', '/');
        if (packResources.contains(resource)) {
            throw new RuleException(new Location(displayed(file).toString(), 0, 0), "has the name of a rule pack's"
                    + " file (" + resource + "), which it would hide; give it another name");
        }
    }

    /** Relative to the working folder when under it (target/test-classes/...), as the other rule files are named. */
    private static Path displayed(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file) : file;
    }
}
