package io.factunit.junit;

import io.factunit.check.CheckResult;
import io.factunit.check.StoryReport;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.RuleSet;
import io.factunit.rules.Severity;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "FactUnit");
        Settings defaults = Settings.from(request.getConfigurationParameters());
        Set<Class<?>> anchors = new LinkedHashSet<>();
        Set<Path> stories = new LinkedHashSet<>();
        Set<UniqueId> selectedIds = new LinkedHashSet<>();

        for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
            loadable(selector).filter(FactUnitTestEngine::isAnchor).ifPresent(anchors::add);
        }
        for (ClasspathRootSelector selector : request.getSelectorsByType(ClasspathRootSelector.class)) {
            anchors.addAll(ReflectionSupport.findAllClassesInClasspathRoot(selector.getClasspathRoot(),
                    FactUnitTestEngine::isAnchor, name -> true));
        }
        for (PackageSelector selector : request.getSelectorsByType(PackageSelector.class)) {
            anchors.addAll(ReflectionSupport.findAllClassesInPackage(selector.getPackageName(),
                    FactUnitTestEngine::isAnchor, name -> true));
        }
        for (DirectorySelector selector : request.getSelectorsByType(DirectorySelector.class)) {
            stories.addAll(StoryFolders.expand(selector.getPath()));
        }
        for (FileSelector selector : request.getSelectorsByType(FileSelector.class)) {
            Path file = selector.getPath();
            if (StoryFolders.isArticle(file) && file.getParent() != null) {
                stories.add(file.getParent());
            }
        }
        for (ClasspathResourceSelector selector : request.getSelectorsByType(ClasspathResourceSelector.class)) {
            resourceFolder(selector.getClasspathResourceName()).ifPresent(dir -> stories.addAll(StoryFolders.expand(dir)));
        }
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            UniqueId id = selector.getUniqueId();
            if (!id.hasPrefix(uniqueId) || id.getSegments().size() < 2) {
                continue;
            }
            selectedIds.add(id);
            UniqueId.Segment first = id.getSegments().get(1);
            if (first.getType().equals(AnchorDescriptor.SEGMENT)) {
                ReflectionSupport.tryToLoadClass(first.getValue()).toOptional().filter(FactUnitTestEngine::isAnchor)
                        .ifPresent(anchors::add);
            } else if (first.getType().equals(StoryDescriptor.SEGMENT)) {
                stories.add(Path.of(first.getValue()));
            }
        }

        for (Class<?> anchor : anchors) {
            AnchorDescriptor descriptor = new AnchorDescriptor(uniqueId.append(AnchorDescriptor.SEGMENT, anchor.getName()),
                    anchor);
            Settings settings = Settings.from(anchor.getAnnotation(FactCheck.class), request.getConfigurationParameters());
            for (Path story : expand(settings.stories())) {
                descriptor.addChild(story(descriptor.getUniqueId(), story, settings));
            }
            engine.addChild(descriptor);
        }
        for (Path story : stories) {
            engine.addChild(story(uniqueId, story, defaults));
        }
        if (!selectedIds.isEmpty()) {
            keepOnly(engine, selectedIds);
        }
        return engine;
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

    private static List<Path> expand(List<Path> dirs) {
        List<Path> stories = new ArrayList<>();
        dirs.forEach(dir -> stories.addAll(StoryFolders.expand(dir)));
        return stories;
    }

    private static Optional<Path> resourceFolder(String resource) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            File file = new File(url.toURI());
            return Optional.of(file.isDirectory() ? file.toPath() : file.toPath().getParent());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static TestDescriptor story(UniqueId parent, Path dir, Settings settings) {
        UniqueId id = parent.append(StoryDescriptor.SEGMENT, dir.toString());
        StoryReport report;
        RuleSet rules;
        Severity failOn;
        try {
            failOn = FailOn.parse(settings.failOn());
            rules = StoryRuns.rules(settings);
            report = StoryRuns.check(dir, settings);
        } catch (RuntimeException e) {
            return new StoryDescriptor(id, dir, e);
        }
        StoryDescriptor story = new StoryDescriptor(id, dir, null);
        for (CheckDefinition check : rules.checks()) {
            CheckDescriptor checkDescriptor = new CheckDescriptor(id.append(CheckDescriptor.SEGMENT, check.id()), check);
            Set<String> segments = new HashSet<>();
            for (CheckResult result : report.results()) {
                if (result.check().id().equals(check.id())) {
                    String segment = result.key().isEmpty() ? "all" : result.key();
                    for (int n = 2; !segments.add(segment); n++) {
                        segment = (result.key().isEmpty() ? "all" : result.key()) + "#" + n;
                    }
                    checkDescriptor.addChild(new ResultDescriptor(
                            checkDescriptor.getUniqueId().append(ResultDescriptor.SEGMENT, segment), result, failOn));
                }
            }
            story.addChild(checkDescriptor);
        }
        return story;
    }

    /** Keeps the selected descriptors, their ancestors and their descendants. */
    private static void keepOnly(TestDescriptor root, Set<UniqueId> selected) {
        for (TestDescriptor child : List.copyOf(root.getChildren())) {
            boolean onPath = selected.stream().anyMatch(id -> id.hasPrefix(child.getUniqueId()));
            boolean inside = selected.stream().anyMatch(id -> child.getUniqueId().hasPrefix(id));
            if (inside) {
                continue;
            }
            if (onPath) {
                keepOnly(child, selected);
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
