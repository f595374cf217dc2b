package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradleBuildExtractorTest {

    private final GradleBuildExtractor extractor = new GradleBuildExtractor();

    private List<Evidence> groovy(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("build.gradle", text));
    }

    private List<Evidence> kotlin(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("build.gradle.kts", text));
    }

    @Test
    void acceptsBuildScriptsAndConventionPlugins() {
        assertThat(extractor.accepts("build.gradle")).isTrue();
        assertThat(extractor.accepts("services/api/build.gradle.kts")).isTrue();
        assertThat(extractor.accepts("buildSrc/src/main/groovy/acme.java-conventions.gradle")).isTrue();
        assertThat(extractor.accepts("buildSrc/src/main/kotlin/com/acme/kotlin-conventions.gradle.kts")).isTrue();
        assertThat(extractor.accepts("build-logic/convention/src/main/kotlin/android.gradle.kts")).isTrue();
        assertThat(extractor.accepts("tools/build-logic/src/main/groovy/a.gradle")).isTrue();
        assertThat(extractor.accepts("settings.gradle")).isFalse();
        assertThat(extractor.accepts("settings.gradle.kts")).isFalse();
        assertThat(extractor.accepts("buildSrc/src/main/kotlin/settings.gradle.kts")).isFalse();
        assertThat(extractor.accepts("gradle/dependencies.gradle")).isFalse();
        assertThat(extractor.accepts("buildSrc/src/main/kotlin/Versions.kt")).isFalse();
        assertThat(extractor.accepts("buildSrc/src/test/kotlin/a.gradle.kts")).isFalse();
        assertThat(extractor.accepts("build.gradle.orig")).isFalse();
    }

    @Test
    void valueIsTheNotationAfterInterpolation() throws ExtractionException {
        assertThat(groovy("""
                def v = '1.2'
                dependencies {
                    implementation "a.b:c:$v"
                    implementation "a.b:d:$unknown"
                    implementation group: 'x', name: 'y', version: v
                }
                plugins { id 'p.q' version '3' }
                """)).extracting(Evidence::value)
                .containsExactly("a.b:c:1.2", "a.b:d:${unknown}", "x:y:1.2", "p.q 3");
    }

    @Test
    void kotlinMultiplatformSourceSetsGiveTheirScope() throws ExtractionException {
        assertThat(kotlin("""
                kotlin {
                    sourceSets {
                        commonMain.dependencies { implementation("a:main:1") }
                        commonTest.dependencies { implementation("a:test:1") }
                        val jvmTest by getting {
                            dependencies { implementation("a:jvm-test:1") }
                        }
                    }
                }
                """)).extracting(Evidence::name, Evidence::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a:main", Scope.RUNTIME),
                org.assertj.core.groups.Tuple.tuple("a:test", Scope.TEST),
                org.assertj.core.groups.Tuple.tuple("a:jvm-test", Scope.TEST));
    }

    @Test
    void configurationNamesGiveTheScope() {
        assertThat(GradleReader.scope("implementation")).isEqualTo(Scope.RUNTIME);
        assertThat(GradleReader.scope("runtime")).isEqualTo(Scope.RUNTIME);
        assertThat(GradleReader.scope("shadowBundle")).isEqualTo(Scope.RUNTIME);
        assertThat(GradleReader.scope("compileOnly")).isEqualTo(Scope.PROVIDED);
        assertThat(GradleReader.scope("providedCompile")).isEqualTo(Scope.PROVIDED);
        assertThat(GradleReader.scope("testCompileOnly")).isEqualTo(Scope.TEST);
        assertThat(GradleReader.scope("androidTestImplementation")).isEqualTo(Scope.TEST);
        assertThat(GradleReader.scope("kaptTest")).isEqualTo(Scope.TEST);
        assertThat(GradleReader.scope("kapt")).isEqualTo(Scope.BUILD);
        assertThat(GradleReader.scope("kspJvm")).isEqualTo(Scope.BUILD);
        assertThat(GradleReader.scope("classpath")).isEqualTo(Scope.BUILD);
        assertThat(GradleReader.scope("developmentOnly")).isEqualTo(Scope.DEVELOPMENT);
    }

    @Test
    void slashyStringsDivisionAndNestedComments() throws ExtractionException {
        assertThat(groovy("""
                def half = 10 / 2
                def re = /implementation "x:y:1" \\/ still in the pattern/
                dependencies { implementation 'a:b:1' }
                """)).extracting(Evidence::name).containsExactly("a:b");
        assertThat(kotlin("""
                /* outer /* inner */ implementation("x:y:1") */
                dependencies { implementation("a:b:1") }
                """)).extracting(Evidence::name).containsExactly("a:b");
    }

    @Test
    void onlyDependenciesBlocksDeclareDependencies() throws ExtractionException {
        assertThat(kotlin("""
                tasks.register("x") { implementation("x:y:1") }
                configurations.all { resolutionStrategy.force("x:z:1") }
                dependencies {
                    constraints { implementation("x:c:1") }
                    components { withModule("x:w") { allVariants { } } }
                    implementation("a:b:1") { exclude(group = "x", module = "e") }
                }
                """)).extracting(Evidence::name).containsExactly("a:b");
    }

    @Test
    void cyclicAndExplodingVariablesStayBounded() throws ExtractionException {
        StringBuilder script = new StringBuilder("def a = \"$b\"\ndef b = \"$a\"\ndef v0 = '1'\n");
        for (int i = 1; i < 60; i++) {
            script.append("def v").append(i).append(" = \"${v").append(i - 1).append("}${v").append(i - 1)
                    .append("}\"\n");
        }
        script.append("dependencies {\n implementation \"x:y:$a\"\n implementation \"x:z:$v3\"\n}\n");
        List<Evidence> found = groovy(script.toString());
        assertThat(found).extracting(Evidence::version).containsExactly(null, "11111111");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        assertThatThrownBy(() -> groovy("x " + "{".repeat(10_000) + "}".repeat(10_000)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("nesting deeper than");
        assertThatThrownBy(() -> kotlin("val s = \"" + "${\"".repeat(200) + "x" + "\"}".repeat(200) + "\""))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("nested too deeply");
    }

    @Test
    void unclosedCommentIsAnError() {
        assertThatThrownBy(() -> groovy("dependencies {\n  /* implementation 'a:b:1'\n}\n"))
                .isInstanceOf(ExtractionException.class).hasMessage("comment /* is never closed")
                .satisfies(e -> assertThat(((ExtractionException) e).line()).isEqualTo(2));
    }

    @Test
    void garbageNeverEscapesAsRuntimeException() {
        Random random = new Random(42);
        String alphabet = "{}()[]'\"$/\\*`:=.,+\n abc123";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String path : List.of("build.gradle", "build.gradle.kts")) {
                try {
                    extractor.extract(SourceFile.of(path, text.toString()));
                } catch (ExtractionException expected) {
                    // a refusal is fine; a RuntimeException is not
                }
            }
        }
    }

    @Test
    void nestedCallsAreReadOnce() throws ExtractionException {
        String nested = "f(".repeat(150) + "dependencies { implementation('a:b:1') }" + ")".repeat(150);
        List<Evidence> found = groovy(nested);
        assertThat(found).extracting(Evidence::name).containsExactly("a:b");
        String repeated = "languageVersion = ".repeat(50_000) + "1\nsourceCompatibility = ".repeat(20_000);
        org.assertj.core.api.Assertions.assertThatCode(() -> kotlin(repeated)).doesNotThrowAnyException();
        String continued = "dependencies {\n implementation 'a:b:1',\n" + "x,\n".repeat(100_000) + "'c:d:2'\n}\n";
        assertThat(groovy(continued))
                .extracting(Evidence::name).containsExactly("a:b", "c:d");
    }

    @Test
    void javaVersionForms() throws ExtractionException {
        assertThat(groovy("""
                sourceCompatibility = 1.8
                targetCompatibility = 1.8
                compileOptions { sourceCompatibility JavaVersion.VERSION_11 }
                java { sourceCompatibility = JavaVersion.toVersion('17') }
                kotlin { jvmToolchain 21 }
                java.toolchain.languageVersion.set(JavaLanguageVersion.of(22))
                sourceCompatibility = javaVersionFromSomewhere()
                """)).extracting(Evidence::version).containsExactly("1.8", "11", "17", "21", "22");
    }
}
