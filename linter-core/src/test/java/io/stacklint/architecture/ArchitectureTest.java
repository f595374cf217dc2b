package io.stacklint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "io.stacklint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers_follow_the_one_pass_design = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("io.stacklint.model..")
            .layer("error").definedBy("io.stacklint.error..")
            .layer("yaml").definedBy("io.stacklint.yaml..")
            .layer("source").definedBy("io.stacklint.source..")
            .layer("extract").definedBy("io.stacklint.extract..")
            .layer("catalog").definedBy("io.stacklint.catalog..")
            .layer("radar").definedBy("io.stacklint.radar..")
            .layer("policy").definedBy("io.stacklint.policy..")
            .layer("report").definedBy("io.stacklint.report..")
            .layer("history").definedBy("io.stacklint.history..")
            .layer("engine").definedBy("io.stacklint.engine..")
            .whereLayer("engine").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("history").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("policy").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("radar").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("source").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("yaml").mayOnlyBeAccessedByLayers("extract", "catalog", "radar", "policy")
            .because("evidence flows one way: tree, extractors, catalog, radar, policy, report; "
                    + "only the engine ties them together");

    @ArchTest
    static final ArchRule model_depends_on_nothing_but_itself = classes().that().resideInAPackage("io.stacklint.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.stacklint.model..", "java..")
            .because("the model is the shared language of every layer and front end");

    @ArchTest
    static final ArchRule model_types_are_values = classes().that().resideInAPackage("io.stacklint.model..")
            .and().areTopLevelClasses()
            .should().beRecords().orShould().beEnums().orShould().beInterfaces()
            .because("reports are immutable values");

    @ArchTest
    static final ArchRule extractors_know_nothing_of_ratings = noClasses().that()
            .resideInAPackage("io.stacklint.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("io.stacklint.catalog..", "io.stacklint.radar..",
                    "io.stacklint.policy..")
            .because("an extractor parses one kind of file into evidence and knows no technology");

    @ArchTest
    static final ArchRule core_knows_no_front_end = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.apache.maven..")
            .because("the core runs anywhere: the CLI and the Maven plugin are thin front ends over it");

    @ArchTest
    static final ArchRule maven_resolution_stays_behind_the_graph_port = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.aether..", "org.apache.maven.model..",
                    "org.apache.maven.settings..")
            .because("resolving Maven dependencies is the front ends' work behind DependencyGraph: the CLI brings Maven"
                    + " Resolver, the plugin uses the graph Maven resolved");

    @ArchTest
    static final ArchRule core_never_prints = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("front ends decide where output goes");

    @ArchTest
    static final ArchRule jgit_stays_in_the_source_package = noClasses().that()
            .resideOutsideOfPackage("io.stacklint.source..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
            .because("trees are the only way the engine reads a project");

    @ArchTest
    static final ArchRule snakeyaml_stays_in_loaders_and_extractors = noClasses().that()
            .resideOutsideOfPackages("io.stacklint.yaml..", "io.stacklint.extract..", "io.stacklint.catalog..",
                    "io.stacklint.radar..", "io.stacklint.policy..")
            .should().dependOnClassesThat().resideInAPackage("org.yaml..")
            .because("YAML is parsed only through SafeYaml's limits");

    @ArchTest
    static final ArchRule jackson_stays_in_extractors_and_reporters = noClasses().that()
            .resideOutsideOfPackages("io.stacklint.extract..", "io.stacklint.report..", "io.stacklint.radar..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON is read by extractors and radar importers and written by reporters, nowhere else");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("io.stacklint.(*)..").should().beFreeOfCycles();
}
