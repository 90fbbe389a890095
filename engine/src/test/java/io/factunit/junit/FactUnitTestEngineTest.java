package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        assertThat(prisoners.getDisplayName()).isEqualTo("truce - prisoner counts must match: 240 in 2 articles, but 250 in 003");
        assertThat(prisoners.getUniqueId()).isEqualTo(story.getUniqueId().append("check", "prisoners-released-agree")
                .append("group", "all"));
        assertThat(only(checks.get(1).getChildren()).getDisplayName())
                .isEqualTo("truce - hostage counts must match: 50: skipped, only 001 states it");
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
                        "truce - prisoner counts must match: 240 in 2 articles, but 250 in 003",
                        "truce - hostage counts must match: 50: skipped, only 001 states it",
                        "truce-again - prisoner counts must match: 240 in 2 articles, but 250 in 003",
                        "truce-again - hostage counts must match: 50: skipped, only 001 states it");
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
