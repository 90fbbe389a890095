package io.factunit.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The {@code factunit} test engine: each check on each story becomes tests, one per compared claim
 * group. Consistent evidence passes, a contradiction fails naming every article, value and line, and
 * missing evidence is skipped with the reason.
 *
 * <p>Discovery does the checking (it must, to know the groups), cached per JVM ({@link StoryRuns});
 * execution reports the verdicts.
 */
@API(status = INTERNAL, since = "0.1")
public final class FactUnitTestEngine implements TestEngine {
    public static final String ENGINE_ID = "factunit";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.factunit");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("factunit-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId engineId) {
        // before anything else touches the platform: a mixed classpath fails in ways that hide the cause
        PlatformVersions.problem().ifPresent(problem -> {
            // Surefire prints only "failed to discover tests" to the console, not the cause
            System.err.println("[factunit] " + problem);
            throw new JUnitException(problem);
        });
        QuietLogging.whenNoProvider(); // before the rules are compiled: Drools is the one that logs
        Selected whole = selected(request);
        Selected byId = new Selected();
        Set<UniqueId> ids = new LinkedHashSet<>();
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            UniqueId id = selector.getUniqueId();
            if (id.hasPrefix(engineId) && id.getSegments().size() > 1) {
                ids.add(id);
                byId.add(id.getSegments().get(1));
            }
        }

        EngineDescriptor engine = new EngineDescriptor(engineId, "FactUnit");
        Settings defaults = Settings.from(request.getConfigurationParameters());
        whole.build(engine, defaults, request);
        Set<UniqueId> wholeRoots = new HashSet<>();
        engine.getChildren().forEach(child -> wholeRoots.add(child.getUniqueId()));
        byId.anchors.removeAll(whole.anchors);
        whole.stories.keySet().forEach(byId.stories::remove);
        byId.build(engine, defaults, request);
        // Selected stories share one set of settings, so their rule examples appear once, beside them.
        boolean wholeExamples = !whole.stories.isEmpty();
        if (wholeExamples || byId.examples || !byId.stories.isEmpty()) {
            StoryTree.examples(engineId, defaults).ifPresent(examples -> {
                engine.addChild(examples);
                if (wholeExamples) {
                    wholeRoots.add(examples.getUniqueId());
                }
            });
        }
        keepOnly(engine, ids, wholeRoots);
        return engine;
    }

    /** Anchors and stories that the selectors other than unique ids ask for, each whole. */
    private static Selected selected(EngineDiscoveryRequest request) {
        Selected whole = new Selected();
        for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
            loadable(selector).filter(FactUnitTestEngine::isAnchor).ifPresent(whole.anchors::add);
        }
        for (ClasspathRootSelector selector : request.getSelectorsByType(ClasspathRootSelector.class)) {
            whole.anchors.addAll(ReflectionSupport.findAllClassesInClasspathRoot(selector.getClasspathRoot(),
                    FactUnitTestEngine::isAnchor, name -> true));
        }
        for (PackageSelector selector : request.getSelectorsByType(PackageSelector.class)) {
            whole.anchors.addAll(ReflectionSupport.findAllClassesInPackage(selector.getPackageName(),
                    FactUnitTestEngine::isAnchor, name -> true));
        }
        for (DirectorySelector selector : request.getSelectorsByType(DirectorySelector.class)) {
            // A folder named on its own is meant to be stories: one without (a typo, a wrong level) fails.
            StoryFolders.named(selector.getPath()).forEach(whole::add);
        }
        for (FileSelector selector : request.getSelectorsByType(FileSelector.class)) {
            storyOf(selector.getPath()).ifPresent(whole::add);
        }
        for (ClasspathResourceSelector selector : request.getSelectorsByType(ClasspathResourceSelector.class)) {
            resource(selector.getClasspathResourceName()).ifPresent(path -> {
                if (Files.isDirectory(path)) {
                    StoryFolders.selected(path).forEach(whole::add);
                } else {
                    storyOf(path).ifPresent(whole::add);
                }
            });
        }
        return whole;
    }

    /** What the selectors asked for: anchor classes, and story folders (or named folders holding none) by absolute path. */
    private static final class Selected {
        final Set<Class<?>> anchors = new LinkedHashSet<>();
        final Map<Path, StoryFolders.Folder> stories = new LinkedHashMap<>();
        boolean examples;

        void addStory(Path dir) {
            add(StoryFolders.Folder.story(dir));
        }

        void add(StoryFolders.Folder folder) {
            stories.putIfAbsent(folder.dir().toAbsolutePath().normalize(), folder);
        }

        void add(UniqueId.Segment segment) {
            switch (segment.getType()) {
                case AnchorDescriptor.SEGMENT -> ReflectionSupport.tryToLoadClass(segment.getValue()).toOptional()
                        .filter(FactUnitTestEngine::isAnchor).ifPresent(anchors::add);
                case StoryDescriptor.SEGMENT -> addStory(Path.of(segment.getValue()));
                case ExamplesDescriptor.SEGMENT -> examples = true;
                default -> {
                    // another engine's id, or one from an older version: nothing to rerun
                }
            }
        }

        void build(EngineDescriptor engine, Settings defaults, EngineDiscoveryRequest request) {
            for (Class<?> anchor : anchors) {
                AnchorDescriptor descriptor = new AnchorDescriptor(
                        engine.getUniqueId().append(AnchorDescriptor.SEGMENT, anchor.getName()), anchor);
                Settings settings = Settings.from(anchor.getAnnotation(FactCheck.class),
                        request.getConfigurationParameters());
                List<StoryFolders.Folder> folders = StoryFolders.named(settings);
                for (StoryFolders.Folder story : folders) {
                    descriptor.addChild(StoryTree.story(descriptor.getUniqueId(), story, settings));
                }
                StoryTree.examples(descriptor.getUniqueId(), settings).ifPresent(descriptor::addChild);
                StoryTree.baseline(descriptor.getUniqueId(), settings, folders).ifPresent(descriptor::addChild);
                engine.addChild(descriptor);
            }
            for (StoryFolders.Folder story : stories.values()) {
                engine.addChild(StoryTree.story(engine.getUniqueId(), story, defaults));
            }
            if (!stories.isEmpty()) {
                // the stories selected by unique id after the others: their stale entries are already there
                StoryTree.baseline(engine.getUniqueId(), defaults, List.copyOf(stories.values()))
                        .filter(b -> engine.findByUniqueId(b.getUniqueId()).isEmpty()).ifPresent(engine::addChild);
            }
        }
    }

    private static Optional<Class<?>> loadable(ClassSelector selector) {
        try {
            return Optional.of(selector.getJavaClass());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static boolean isAnchor(Class<?> type) {
        return type.isAnnotationPresent(FactCheck.class);
    }

    /** The story an article file (or story.yaml) belongs to, if its folder is one. */
    private static Optional<StoryFolders.Folder> storyOf(Path file) {
        Path dir = file.getParent();
        if (dir == null || !StoryFolders.isStoryFile(file)) {
            return Optional.empty();
        }
        return StoryFolders.selected(dir).stream().filter(folder -> dir.equals(folder.dir())).findFirst();
    }

    /** A classpath resource as a file or folder on disk; resources inside jars are not stories to edit. */
    private static Optional<Path> resource(String name) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Prunes what only unique-id selectors asked for down to the selected descriptors, their ancestors
     * and their descendants; what other selectors asked for ({@code wholeRoots}) stays whole.
     */
    private static void keepOnly(TestDescriptor root, Set<UniqueId> selected, Set<UniqueId> wholeRoots) {
        for (TestDescriptor child : List.copyOf(root.getChildren())) {
            UniqueId id = child.getUniqueId();
            if (wholeRoots.contains(id) || selected.stream().anyMatch(id::hasPrefix)) {
                continue;
            }
            if (selected.stream().anyMatch(s -> s.hasPrefix(id))) {
                keepOnly(child, selected, wholeRoots);
            } else {
                child.removeFromHierarchy();
            }
        }
    }

    @Override
    public void execute(ExecutionRequest request) {
        new Execution(request.getEngineExecutionListener()).run(request.getRootTestDescriptor());
    }
}
