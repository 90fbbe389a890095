package io.factunit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the data: article → analysis → mention → claim → check → report / junit / cli, with
 * the rule language beside claim and check. A stage may use the stages before it, never one after. The
 * word lists of a language ({@code language}) sit below every stage.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.factunit");

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
                .layer("front ends").definedBy("io.factunit.junit..", "io.factunit.cli..", "io.factunit.assertj..")
                .whereLayer("front ends").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("front ends")
                .whereLayer("check").mayOnlyBeAccessedByLayers("report", "front ends")
                .whereLayer("claim").mayOnlyBeAccessedByLayers("check", "report", "front ends")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("claim", "check", "report", "front ends")
                .whereLayer("mention").mayOnlyBeAccessedByLayers("claim", "check", "report", "front ends")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("mention", "claim", "check", "report", "front ends")
                .whereLayer("article").mayOnlyBeAccessedByLayers("analysis", "mention", "rules", "claim", "check",
                        "report", "front ends")
                .check(CLASSES);
    }

    /** The word lists are data every stage reads; they know no stage, so any stage may take them. */
    @Test
    void theLanguageDependsOnNoStage() {
        classes().that().resideInAPackage("io.factunit.language..")
                .should().onlyDependOnClassesThat(resideInAPackage("io.factunit.language..")
                        .or(resideOutsideOfPackage("io.factunit..")))
                .check(CLASSES);
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

    /** The benchmark is a tool of the checkout (module bench/): none of it ships in the jar newsrooms add. */
    @Test
    void theEngineHoldsNoBenchmark() {
        noClasses().should().resideInAPackage("io.factunit.bench..").check(CLASSES);
    }
}
