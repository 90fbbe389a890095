package io.factunit.junit;

import static io.factunit.junit.FactUnitTestEngineTest.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Every way to ask for fact checks: anchor classes, folders, files, resources, unique ids, suites. */
class SelectorsTest {
    static final String STORIES = "src/test/resources/factunit/stories";
    static final String RULES = "src/test/resources/rules/counts.yaml";

    /** What a user's project has: one class naming stories and rules (paths relative to the module). */
    @FactCheck(stories = STORIES, rules = RULES)
    static class TruceFacts {
    }

    /** A failOn no one can mean; its error names the attribute it was written in. */
    @FactCheck(stories = STORIES + "/truce", rules = RULES, failOn = "sometimes")
    static class MisconfiguredFacts {
    }

    /** Everything from configuration parameters, else the defaults. */
    @FactCheck
    static class ConfiguredFacts {
    }

    @Suite
    @IncludeEngines("factunit")
    @SelectClasses(TruceFacts.class)
    static class TruceSuite {
    }

    static final UniqueId TRUCE_FACTS = UniqueId.forEngine("factunit").append("class", TruceFacts.class.getName());
    static final UniqueId PRISONERS = TRUCE_FACTS.append("story", STORIES + "/truce")
            .append("check", "prisoners-released-agree").append("group", "all");

    @TempDir
    Path tmp;

    @Test
    void aBadFailOnInTheAnnotationIsReportedAsTheAttribute() {
        EngineTestKit.engine("factunit").selectors(selectClass(MisconfiguredFacts.class)).execute().allEvents()
                .failed().assertThatEvents().haveExactly(1, event(test(), displayName("truce"), finishedWithFailure(
                        message("@FactCheck(failOn) must be error, warning, info or never, not 'sometimes'"))));
    }

    @Test
    void anAnchorClassChecksItsStoriesWithItsRules() {
        TestDescriptor anchor = only(discover(selectClass(TruceFacts.class)).getChildren());
        assertThat(anchor.getUniqueId()).isEqualTo(TRUCE_FACTS);
        assertThat(anchor.getDisplayName()).isEqualTo("TruceFacts");
        assertThat(anchor.getSource()).contains(ClassSource.from(TruceFacts.class));
        assertThat(only(anchor.getChildren()).getDisplayName()).isEqualTo("truce");
        assertThat(anchor.getDescendants()).filteredOn(TestDescriptor::isTest).extracting(TestDescriptor::getUniqueId)
                .contains(PRISONERS);
        execute(selectClass(TruceFacts.class)).testEvents()
                .assertStatistics(stats -> stats.started(2).failed(1).aborted(1));
    }

    @Test
    void packageAndClasspathRootScanningFindAnchorClasses() {
        assertThat(discover(selectPackage("io.factunit.junit")).getChildren()).extracting(TestDescriptor::getDisplayName)
                .contains("TruceFacts", "ConfiguredFacts");
        assertThat(discover(selectClasspathRoots(Set.of(Path.of("target/test-classes"))).get(0)).getChildren())
                .extracting(TestDescriptor::getUniqueId).contains(TRUCE_FACTS);
    }

    @Test
    void configurationParametersFillWhatTheAnnotationLeavesOut() {
        Newsroom newsroom = new Newsroom(tmp);
        newsroom.agreed();
        EngineExecutionResults results = EngineTestKit.engine("factunit")
                .configurationParameter("factunit.stories", tmp.resolve("stories").toString())
                .configurationParameter("factunit.rules", newsroom.rules.toString())
                .selectors(selectClass(ConfiguredFacts.class)).execute();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).aborted(0));
        assertThat(results.testEvents().succeeded().list().get(0).getTestDescriptor().getUniqueId()).isEqualTo(
                UniqueId.forEngine("factunit").append("class", ConfiguredFacts.class.getName())
                        .append("story", tmp.resolve("stories/agreed").toString())
                        .append("check", "prisoners-released-agree").append("group", "all"));
    }

    @Test
    void aConfiguredFolderThatIsMissingFailsInsteadOfCheckingNothing() {
        EngineTestKit.engine("factunit").configurationParameter("factunit.rules", RULES)
                .selectors(selectClass(ConfiguredFacts.class)).execute().testEvents().assertThatEvents().haveExactly(1,
                event(test(), displayName("stories"), finishedWithFailure(message("src/test/stories: no such folder"))));
    }

    /** A blank setting used to leave the anchor with nothing to check, and the build green. */
    @Test
    void aBlankStoriesSettingFailsInsteadOfCheckingNothing() {
        EngineTestKit.engine("factunit").configurationParameter("factunit.rules", RULES)
                .configurationParameter("factunit.stories", " , ")
                .selectors(selectClass(ConfiguredFacts.class)).execute().testEvents().assertThatEvents().haveExactly(1,
                event(test(), displayName("factunit.stories"), finishedWithFailure(message("factunit.stories is blank:"
                        + " name the folders of stories (default src/test/stories), or leave the setting out"))));
    }

    @Test
    void aFolderOfStoriesAndAnArticleFileSelectTheirStories() {
        Newsroom newsroom = new Newsroom(tmp);
        Path truce = newsroom.truce();
        newsroom.hostages();
        assertThat(discoverWith(newsroom, selectDirectory(tmp.resolve("stories").toFile())).getChildren())
                .extracting(TestDescriptor::getDisplayName).containsExactly("hostages", "truce");
        assertThat(discoverWith(newsroom, selectFile(truce.resolve("003.txt").toFile())).getChildren())
                .extracting(TestDescriptor::getUniqueId)
                .containsExactly(UniqueId.forEngine("factunit").append("story", truce.toString()));
    }

    @Test
    void filesThatAreNotArticlesAreLeftToOtherEngines() {
        Newsroom newsroom = new Newsroom(tmp);
        assertThat(discoverWith(newsroom, selectFile(newsroom.rules.toFile())).getChildren()).isEmpty();
    }

    /** A typo'd or wrong folder must not pass green: it fails as the command line refuses it. */
    @Test
    void aSelectedFolderWithoutStoriesFailsInsteadOfCheckingNothing() {
        Newsroom newsroom = new Newsroom(tmp);
        Path rules = tmp.resolve("rules");
        Path typo = tmp.resolve("storeis");
        EngineExecutionResults results = EngineTestKit.engine("factunit")
                .configurationParameter("factunit.rules", newsroom.rules.toString())
                .selectors(selectDirectory(rules.toFile()), selectDirectory(typo.toString())).execute();
        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2).succeeded(0));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("rules"), finishedWithFailure(message(rules
                        + ": no articles in this folder or its sub-folders (looked for .txt, .md, .markdown, .html,"
                        + " .htm)"))))
                .haveExactly(1, event(test(), displayName("storeis"), finishedWithFailure(message(typo
                        + ": no such folder"))));
        assertThat(results.testEvents().failed().list()).extracting(e -> e.getTestDescriptor().getUniqueId())
                .containsExactly(UniqueId.forEngine("factunit").append("story", rules.toString()).append("load", "error"),
                        UniqueId.forEngine("factunit").append("story", typo.toString()).append("load", "error"));
    }

    @Test
    void aConfiguredFolderWithoutStoriesFailsAsTheCommandLineDoes() {
        Path empty = tmp.resolve("empty");
        Newsroom newsroom = new Newsroom(tmp);
        Newsroom.write(empty.resolve("README.md"), "# Nothing yet");
        EngineTestKit.engine("factunit").configurationParameter("factunit.stories", empty.toString())
                .configurationParameter("factunit.rules", newsroom.rules.toString())
                .selectors(selectClass(ConfiguredFacts.class)).execute().testEvents().assertThatEvents().haveExactly(1,
                event(test(), displayName("empty"), finishedWithFailure(message(empty + ": no articles in this folder"
                        + " or its sub-folders (looked for .txt, .md, .markdown, .html, .htm)"))));
    }

    @Test
    void aClasspathResourceFolderOrArticleIsAStory() {
        TestDescriptor story = only(discoverWith(new Newsroom(tmp), selectClasspathResource("factunit/stories/truce"))
                .getChildren());
        assertThat(story.getDisplayName()).isEqualTo("truce");
        assertThat(story.getUniqueId().getLastSegment().getValue()).endsWith("target/test-classes/factunit/stories/truce");
        assertThat(discoverWith(new Newsroom(tmp), selectClasspathResource("factunit/stories/truce/002.txt"))
                .getChildren()).extracting(TestDescriptor::getUniqueId).containsExactly(story.getUniqueId());
        // a resource that is no article says nothing about the stories beside it
        assertThat(discoverWith(new Newsroom(tmp), selectClasspathResource("rules/counts.yaml"))
                .getChildren()).isEmpty();
    }

    @Test
    void aUniqueIdRerunsOnlyThatTest() {
        EngineExecutionResults results = execute(selectUniqueId(PRISONERS));
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(results.testEvents().started().list().get(0).getTestDescriptor().getUniqueId()).isEqualTo(PRISONERS);
    }

    @Test
    void aUniqueIdOfAStoryWithoutAnchorReruns() {
        Newsroom newsroom = new Newsroom(tmp);
        Path truce = newsroom.truce();
        UniqueId hostages = UniqueId.forEngine("factunit").append("story", truce.toString())
                .append("check", "hostages-released-agree").append("group", "all");
        EngineExecutionResults results = EngineTestKit.engine("factunit")
                .configurationParameter("factunit.rules", newsroom.rules.toString())
                .selectors(selectUniqueId(hostages)).execute();
        results.testEvents().assertStatistics(stats -> stats.started(1).aborted(1));
        assertThat(results.testEvents().started().list().get(0).getTestDescriptor().getUniqueId()).isEqualTo(hostages);
    }

    @Test
    void aUniqueIdAndAClassTogetherRunTheClassWhole() {
        execute(selectUniqueId(PRISONERS), selectClass(TruceFacts.class)).testEvents()
                .assertStatistics(stats -> stats.started(2).failed(1).aborted(1));
    }

    @Test
    void runsInsideASuite() {
        EngineTestKit.engine("junit-platform-suite").selectors(selectClass(TruceSuite.class)).execute().testEvents()
                .assertStatistics(stats -> stats.started(2).failed(1).aborted(1));
    }

    private static TestDescriptor discover(DiscoverySelector... selectors) {
        return EngineTestKit.engine("factunit").selectors(selectors).discover().getEngineDescriptor();
    }

    private static TestDescriptor discoverWith(Newsroom newsroom, DiscoverySelector... selectors) {
        return EngineTestKit.engine("factunit").configurationParameter("factunit.rules", newsroom.rules.toString())
                .selectors(selectors).discover().getEngineDescriptor();
    }

    private static EngineExecutionResults execute(DiscoverySelector... selectors) {
        return EngineTestKit.engine("factunit").selectors(selectors).execute();
    }
}
