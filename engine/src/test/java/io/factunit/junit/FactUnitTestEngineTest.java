package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The tree the engine discovers: names a person reads, stable unique ids, sources and tags. */
class FactUnitTestEngineTest {
    @TempDir
    Path tmp;
    Newsroom newsroom;
    Path truce;

    @BeforeEach
    void writeStory() {
        newsroom = new Newsroom(tmp);
        truce = newsroom.truce();
    }

    @Test
    void foundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(TestEngine.class)).extracting(TestEngine::getId).contains("factunit");
    }

    @Test
    void engineStoryCheckAndOneTestPerClaimGroup() {
        TestDescriptor engine = discover();
        assertThat(engine.getDisplayName()).isEqualTo("FactUnit");
        TestDescriptor story = only(engine.getChildren());
        assertThat(story.getDisplayName()).isEqualTo("truce");
        assertThat(story.getUniqueId()).isEqualTo(UniqueId.forEngine("factunit").append("story", truce.toString()));
        assertThat(story.isContainer()).isTrue();

        List<? extends TestDescriptor> checks = List.copyOf(story.getChildren());
        assertThat(checks).extracting(TestDescriptor::getDisplayName)
                .containsExactly("prisoner counts must match", "hostage counts must match");
        assertThat(checks).extracting(d -> d.getUniqueId().getLastSegment().getValue())
                .containsExactly("prisoners-released-agree", "hostages-released-agree");

        TestDescriptor prisoners = only(checks.get(0).getChildren());
        assertThat(prisoners.isTest()).isTrue();
        assertThat(prisoners.getDisplayName()).isEqualTo("truce - prisoner counts must match");
        assertThat(prisoners.getUniqueId()).isEqualTo(story.getUniqueId().append("check", "prisoners-released-agree")
                .append("group", "all"));
        assertThat(only(checks.get(1).getChildren()).getDisplayName())
                .isEqualTo("truce - hostage counts must match");
    }

    @Test
    void storyTitleFromStoryYamlNamesTheStory() {
        Newsroom.write(truce.resolve("story.yaml"), "title: Truce extended by two days\n");
        assertThat(only(discover().getChildren()).getDisplayName()).isEqualTo("Truce extended by two days");
    }

    @Test
    void uniqueIdsDoNotDependOnLineNumbers() {
        UniqueId before = test(discover(), "prisoners-released-agree").getUniqueId();
        Newsroom.write(truce.resolve("003.txt"), "\n\n" + Newsroom.TRUCE[2]);
        TestDescriptor after = test(discover(), "prisoners-released-agree");
        assertThat(after.getUniqueId()).isEqualTo(before);
        assertThat(after.getSource()).contains(FileSource.from(truce.resolve("003.txt").toFile(), FilePosition.from(4, 17)));
    }

    @Test
    void storyIsItsFolderAndEachTestIsTheOutlyingClaim() {
        TestDescriptor engine = discover();
        assertThat(only(engine.getChildren()).getSource()).contains(DirectorySource.from(truce.toFile()));
        assertThat(test(engine, "prisoners-released-agree").getSource())
                .contains(FileSource.from(truce.resolve("003.txt").toFile(), FilePosition.from(2, 17)));
        // no outlier: the first claim
        assertThat(test(engine, "hostages-released-agree").getSource())
                .contains(FileSource.from(truce.resolve("001.txt").toFile(), FilePosition.from(2, 16)));
    }

    @Test
    void severityAndCheckTagsAreTags() {
        TestDescriptor engine = discover();
        assertThat(test(engine, "prisoners-released-agree").getTags())
                .containsExactly(TestTag.create("error"), TestTag.create("prisoners"));
        assertThat(test(engine, "hostages-released-agree").getTags())
                .containsExactly(TestTag.create("warning"), TestTag.create("hostages"));
        assertThat(test(engine, "hostages-released-agree").getParent().orElseThrow().getTags())
                .containsExactly(TestTag.create("warning"), TestTag.create("hostages"));
    }

    @Test
    void theSameArticlesBackTheAnchorClassesStory() throws Exception {
        Path resource = Path.of("src/test/resources/factunit/stories/truce");
        for (int i = 0; i < Newsroom.TRUCE.length; i++) {
            assertThat(Files.readString(resource.resolve(String.format("%03d.txt", i + 1)))).isEqualTo(Newsroom.TRUCE[i]);
        }
    }

    /** Surefire and Gradle keep only a test's class and name: the story comes first, so two stories differ. */
    @Test
    void reportsThatFlattenTheTreeNameEachTestAfterItsStory() {
        Path again = newsroom.story("truce-again", Newsroom.TRUCE);
        TestDescriptor engine = EngineTestKit.engine("factunit")
                .configurationParameter("factunit.rules", newsroom.rules.toString())
                .selectors(selectDirectory(truce.toFile()), selectDirectory(again.toFile())).discover()
                .getEngineDescriptor();
        assertThat(engine.getDescendants()).filteredOn(TestDescriptor::isTest)
                .extracting(TestDescriptor::getDisplayName).containsExactly(
                        "truce - prisoner counts must match",
                        "truce - hostage counts must match",
                        "truce-again - prisoner counts must match",
                        "truce-again - hostage counts must match");
    }

    /** Two stories with the same failure are two tests, each named after its story, with ids of their own. */
    @Test
    void twoStoriesWithTheSameFailureAreTwoDistinctTests() {
        Path again = newsroom.story("truce-again", Newsroom.TRUCE);
        TestDescriptor engine = discover(Map.of(), selectDirectory(truce.toFile()), selectDirectory(again.toFile()));
        List<TestDescriptor> failing = engine.getDescendants().stream().filter(TestDescriptor::isTest)
                .filter(d -> d.getUniqueId().toString().contains("prisoners-released-agree"))
                .map(TestDescriptor.class::cast).toList();
        assertThat(failing).extracting(TestDescriptor::getDisplayName)
                .containsExactly("truce - prisoner counts must match", "truce-again - prisoner counts must match");
        assertThat(failing.get(0).getUniqueId()).isNotEqualTo(failing.get(1).getUniqueId());
    }

    /** A CI history follows a test by its name and id: a changed figure must not make it a new test. */
    @Test
    void aChangedValueKeepsTheUniqueIdAndTheName() {
        TestDescriptor before = test(discover(), "prisoners-released-agree");
        Newsroom.write(truce.resolve("003.txt"), Newsroom.TRUCE[2].replace("250", "260"));
        TestDescriptor after = test(discover(), "prisoners-released-agree");
        assertThat(after.getUniqueId()).isEqualTo(before.getUniqueId());
        assertThat(after.getDisplayName()).isEqualTo(before.getDisplayName()).isEqualTo("truce - prisoner counts must match");
    }

    /** The group a check compared is in the name (what, not how many); the story is left out under short naming. */
    @Test
    void theGroupIsNamedAndShortNamingLeavesTheStoryToTheTree() {
        Path dated = newsroom.story("dated", "On October 7 Israel released 240 Palestinian prisoners.\n",
                "Israel released 240 Palestinian prisoners on October 7.\n");
        Path rules = Newsroom.write(tmp.resolve("anchored.yaml"), Newsroom.RULES.replace(
                "    verb: [release, free]\n", "    verb: [release, free]\n    qualifiers: [time-anchor]\n"));
        TestDescriptor engine = EngineTestKit.engine("factunit").configurationParameter("factunit.rules", rules.toString())
                .configurationParameter("factunit.naming", "short")
                .configurationParameter("factunit.showInapplicable", "true")
                .selectors(selectDirectory(dated.toFile())).discover().getEngineDescriptor();
        assertThat(engine.getDescendants()).filteredOn(TestDescriptor::isTest).extracting(TestDescriptor::getDisplayName)
                .contains("prisoner counts must match [time-anchor=XXXX-10-07]");
    }

    @Test
    void aNamingThatIsNeitherLongNorShortFailsTheStory() {
        TestDescriptor story = only(discover(Map.of("factunit.naming", "medium"), selectDirectory(truce.toFile()))
                .getChildren());
        assertThat(((StoryDescriptor) story).error()).hasMessage("factunit.naming must be long or short, not 'medium'");
    }

    private TestDescriptor discover(Map<String, String> config, DiscoverySelector... selectors) {
        return EngineTestKit.engine("factunit").configurationParameter("factunit.rules", newsroom.rules.toString())
                .configurationParameters(config).selectors(selectors).discover().getEngineDescriptor();
    }

    private TestDescriptor discover() {
        return EngineTestKit.engine("factunit").configurationParameter("factunit.rules", newsroom.rules.toString())
                .selectors(selectDirectory(truce.toFile())).discover().getEngineDescriptor();
    }

    /** The one test of a check in the only story. */
    static TestDescriptor test(TestDescriptor engine, String check) {
        return engine.getDescendants().stream()
                .filter(d -> d.isTest() && d.getUniqueId().getSegments().stream()
                        .anyMatch(s -> s.getType().equals("check") && s.getValue().equals(check)))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one test for " + check);
                }).orElseThrow(() -> new AssertionError("no test for " + check));
    }

    static TestDescriptor only(Collection<? extends TestDescriptor> descriptors) {
        assertThat(descriptors).hasSize(1);
        return descriptors.iterator().next();
    }
}
