package io.factunit.junit;

import io.factunit.check.BaselineAudit;
import io.factunit.check.CheckResult;
import io.factunit.check.StoryReport;
import io.factunit.rules.AcceptedDiscrepancy;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.RuleExample;
import io.factunit.rules.RuleSet;
import io.factunit.rules.Severity;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/** Builds the descriptors below the engine or an anchor class: stories, their checks and results. */
final class StoryTree {
    /** The segment of a check's one group when it groups nothing apart (an empty key). */
    static final String WHOLE_CHECK = "all";

    private StoryTree() {
    }

    /** A folder the user named: its story, or a failing test saying why it holds none. */
    static TestDescriptor story(UniqueId parent, StoryFolders.Folder folder, Settings settings) {
        if (folder.refused() != null) {
            return new StoryDescriptor(parent.append(StoryDescriptor.SEGMENT, folder.dir().toString()), folder.dir(),
                    null, folder.refused());
        }
        return story(parent, folder.dir(), settings);
    }

    /** story → check → one test per compared claim group; a story that cannot be checked fails whole. */
    static TestDescriptor story(UniqueId parent, Path dir, Settings settings) {
        UniqueId id = parent.append(StoryDescriptor.SEGMENT, dir.toString());
        StoryReport report;
        RuleSet rules;
        Severity failOn;
        TestNames.Naming naming;
        try {
            failOn = FailOn.parse(settings.failOn(), settings.failOnName());
            naming = TestNames.Naming.parse(settings.naming());
            rules = StoryRuns.rules(settings);
            report = StoryRuns.check(dir, settings);
        } catch (RuntimeException e) {
            return new StoryDescriptor(id, dir, null, e);
        }
        StoryDescriptor story = new StoryDescriptor(id, dir, report.story().title(), null);
        // a story nothing applies to lists every skip, so that it says why it checked nothing
        boolean listAll = settings.showInapplicable() || report.results().stream().allMatch(StoryTree::inapplicable);
        for (CheckDefinition check : rules.checks()) {
            CheckDescriptor checkDescriptor = new CheckDescriptor(id.append(CheckDescriptor.SEGMENT, check.id()), check);
            Set<String> segments = new HashSet<>();
            for (CheckResult result : report.results()) {
                if (result.check().id().equals(check.id()) && (listAll || !inapplicable(result))) {
                    String segment = unique(segments, result.key().isEmpty() ? WHOLE_CHECK : result.key());
                    checkDescriptor.addChild(new ResultDescriptor(
                            checkDescriptor.getUniqueId().append(ResultDescriptor.SEGMENT, segment), result, failOn,
                            TestNames.test(naming, story.getDisplayName(), result, segment)));
                }
            }
            if (!checkDescriptor.getChildren().isEmpty()) {
                story.addChild(checkDescriptor);
            }
        }
        return story;
    }

    /**
     * The baseline's stale entries over the stories checked with {@code settings}: one test each. Empty when
     * there is no baseline, none is stale, or it cannot be read (each story reports that).
     */
    static Optional<TestDescriptor> baseline(UniqueId parent, Settings settings, List<StoryFolders.Folder> stories) {
        if (settings.baseline() == null) {
            return Optional.empty();
        }
        BaselineAudit audit;
        try {
            audit = new BaselineAudit(StoryRuns.baseline(settings));
            for (StoryFolders.Folder story : stories) {
                if (story.refused() == null) {
                    audit.story(StoryRuns.check(story.dir(), settings)); // cached at discovery of the story
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        BaselineDescriptor container = new BaselineDescriptor(parent.append(BaselineDescriptor.SEGMENT,
                settings.baseline().toString()));
        Set<String> segments = new HashSet<>();
        for (AcceptedDiscrepancy entry : audit.stale()) {
            String segment = unique(segments, entry.check() + "|" + entry.story() + "|" + String.join("|", entry.values()));
            container.addChild(new StaleEntryDescriptor(container.getUniqueId().append(StaleEntryDescriptor.SEGMENT,
                    segment), entry, settings.failOnStale()));
        }
        return container.getChildren().isEmpty() ? Optional.empty() : Optional.of(container);
    }

    /** A skip because no article states anything the check compares ("no article states earthquake magnitude"). */
    private static boolean inapplicable(CheckResult result) {
        return result.inapplicable();
    }

    /**
     * The {@code examples:} of the project's own rule files (named, or in the classpath's {@code factunit/rules/}),
     * one test each, so a newsroom's own rules are self-tested by the same build; the packs' examples are their
     * own module's business. Empty when the rules cannot be loaded (the stories report that).
     */
    static Optional<TestDescriptor> examples(UniqueId parent, Settings settings) {
        RuleSet rules;
        List<CheckDefinition> own;
        try {
            rules = StoryRuns.rules(settings);
            own = StoryRuns.ownChecks(settings);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        ExamplesDescriptor container = new ExamplesDescriptor(parent.append(ExamplesDescriptor.SEGMENT, "rules"));
        Set<String> segments = new HashSet<>();
        for (CheckDefinition check : own) {
            for (RuleExample example : check.examples()) {
                String segment = unique(segments, check.id() + "/" + example.name());
                container.addChild(new ExampleDescriptor(
                        container.getUniqueId().append(ExampleDescriptor.SEGMENT, segment), rules, check, example));
            }
        }
        return container.getChildren().isEmpty() ? Optional.empty() : Optional.of(container);
    }

    private static String unique(Set<String> taken, String segment) {
        String candidate = segment;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = segment + "#" + n;
        }
        return candidate;
    }
}
