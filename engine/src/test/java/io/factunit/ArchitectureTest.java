package io.factunit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.factunit.analysis.Word;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the data: article → analysis → mention → claim → check → report → (mutate) → junit /
 * cli / assertj, with the rule language beside claim and check; mutation testing ({@code mutate}) checks
 * changed copies of stories through the checker and serves the command line only. A stage may use the stages before it, never one after. The
 * word lists of a language ({@code language}) sit below every stage. Inside {@code mention}, each kind of
 * mention has its own package, and the kinds know only the shared part, never each other. The analysis
 * keeps OpenNLP and its speed tricks behind ports of its own ({@code analysis.nlp}).
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.factunit");
    /** One package per kind of mention, below {@code io.factunit.mention}. */
    private static final List<String> MENTION_KINDS = List.of("quantity", "date", "duration", "person", "quote");

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("language").definedBy("io.factunit.language..")
                .layer("article").definedBy("io.factunit.article..")
                .layer("analysis").definedBy("io.factunit.analysis..")
                .layer("mention").definedBy("io.factunit.mention..")
                .layer("rules").definedBy("io.factunit.rules..")
                .layer("claim").definedBy("io.factunit.claim..")
                .layer("check").definedBy("io.factunit.check..")
                .layer("report").definedBy("io.factunit.report..")
                .layer("mutate").definedBy("io.factunit.mutate..")
                .layer("front ends").definedBy("io.factunit.junit..", "io.factunit.cli..", "io.factunit.assertj..")
                .whereLayer("front ends").mayNotBeAccessedByAnyLayer()
                .whereLayer("mutate").mayOnlyBeAccessedByLayers("front ends")
                .whereLayer("report").mayOnlyBeAccessedByLayers("mutate", "front ends")
                .whereLayer("check").mayOnlyBeAccessedByLayers("report", "mutate", "front ends")
                .whereLayer("claim").mayOnlyBeAccessedByLayers("check", "report", "mutate", "front ends")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("claim", "check", "report", "mutate", "front ends")
                .whereLayer("mention").mayOnlyBeAccessedByLayers("claim", "check", "report", "mutate", "front ends")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("mention", "claim", "check", "report", "mutate",
                        "front ends")
                .whereLayer("article").mayOnlyBeAccessedByLayers("analysis", "mention", "rules", "claim", "check",
                        "report", "mutate", "front ends")
                .check(CLASSES);
    }

    /**
     * The word lists are data every stage reads, and waiting for work on other threads is shared by the stages
     * that hand work to them: they know no stage, so any stage may take them.
     */
    @Test
    void theLanguageAndTheThreadHelpersDependOnNoStage() {
        for (String leaf : List.of("io.factunit.language..", "io.factunit.concurrent..")) {
            classes().that().resideInAPackage(leaf)
                    .should().onlyDependOnClassesThat(resideInAPackage(leaf).or(resideOutsideOfPackage("io.factunit..")))
                    .check(CLASSES);
        }
    }

    /**
     * The located YAML reader lives in the first stage so that article (story.yaml, front matter) and rules
     * (rule files, baselines) share it; it stays a leaf that knows neither, or the sharing would tie them.
     */
    @Test
    void theYamlReaderDependsOnNoOtherStage() {
        classes().that().resideInAPackage("io.factunit.article.yaml..")
                .should().onlyDependOnClassesThat(resideInAPackage("io.factunit.article.yaml..")
                        .or(resideOutsideOfPackage("io.factunit..")))
                .check(CLASSES);
    }

    /**
     * The sentence detector, tokenizer and tagger with their models and speed tricks sit behind ports that the
     * analysis alone uses: what later stages read is tokens, tags and lemmas, never OpenNLP or a fast path.
     */
    @Test
    void onlyTheAnalysisUsesTheNlpTools() {
        noClasses().that().resideOutsideOfPackage("io.factunit.analysis..")
                .should().dependOnClassesThat().resideInAPackage("io.factunit.analysis.nlp..")
                .check(CLASSES);
    }

    /** The tools know no stage, not even the analysis that uses them: they take text and give spans and tags. */
    @Test
    void theNlpToolsDependOnNoStage() {
        classes().that().resideInAPackage("io.factunit.analysis.nlp..")
                .should().onlyDependOnClassesThat(resideInAPackage("io.factunit.analysis.nlp..")
                        .or(resideOutsideOfPackage("io.factunit..")))
                .check(CLASSES);
    }

    /**
     * A word's memo slot belongs to the stage that fills it: each fact is a private constant of the class that
     * works it out, so no other class, let alone another stage, can fill or read it but through that class.
     */
    @Test
    void wordFactsArePrivateToTheClassThatWorksThemOut() {
        fields().that().haveRawType(Word.Fact.class).or().haveRawType(Word.OwnedFact.class)
                .and().areNotDeclaredIn(Word.class).and().areNotDeclaredIn(Word.OwnedFact.class)
                .should().bePrivate().andShould().beStatic().andShould().beFinal()
                .check(CLASSES);
    }

    /** The benchmark is a tool of the checkout (module bench/): none of it ships in the jar newsrooms add. */
    @Test
    void theEngineHoldsNoBenchmark() {
        noClasses().should().resideInAPackage("io.factunit.bench..").check(CLASSES);
    }

    /**
     * Each finder is independent: a kind's package uses the shared part of {@code mention} (Mention, the finder
     * interface, the Language-derived lookups) and earlier stages, never another kind's package. Where two kinds
     * need the same words they read them from the language; quotes read people as {@code NamedPerson}, handed
     * over by {@code MentionFinders}.
     */
    @Test
    void mentionKindsDependOnNoOtherKind() {
        for (String kind : MENTION_KINDS) {
            String[] others = MENTION_KINDS.stream().filter(other -> !other.equals(kind))
                    .map(other -> "io.factunit.mention." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("io.factunit.mention." + kind + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("finders of " + kind + " must not read another kind's finder or internals: "
                            + Arrays.toString(others))
                    .check(CLASSES);
        }
    }

    /** The shared part knows no kind, except the one place that lists the standard finders. */
    @Test
    void theSharedMentionPartKnowsNoKindButTheStandardList() {
        String[] kinds = MENTION_KINDS.stream().map(kind -> "io.factunit.mention." + kind + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("io.factunit.mention").and().doNotHaveSimpleName("MentionFinders")
                .should().dependOnClassesThat().resideInAnyPackage(kinds)
                .check(CLASSES);
    }
}
