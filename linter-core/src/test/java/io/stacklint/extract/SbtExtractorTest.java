package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SbtExtractorTest {

    private final SbtExtractor extractor = new SbtExtractor();

    private List<Evidence> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text));
    }

    @Test
    void acceptsSbtFiles() {
        assertThat(extractor.accepts("build.sbt")).isTrue();
        assertThat(extractor.accepts("modules/api/build.sbt")).isTrue();
        assertThat(extractor.accepts("project/plugins.sbt")).isTrue();
        assertThat(extractor.accepts("project/metals.sbt")).isTrue();
        assertThat(extractor.accepts(".sbt")).isFalse();
        assertThat(extractor.accepts("project/build.properties")).isFalse();
        assertThat(extractor.accepts("project/Dependencies.scala")).isFalse();
        assertThat(extractor.accepts("build.sbt.bak")).isFalse();
    }

    @Test
    void valueIsTheMavenCoordinate() throws ExtractionException {
        List<Evidence> evidence = extract("build.sbt", """
                libraryDependencies += "org.typelevel" %% "cats-core" % "2.10.0"
                """);
        assertThat(evidence).extracting(Evidence::value).containsExactly("org.typelevel:cats-core:2.10.0");
        assertThat(evidence).extracting(Evidence::via).containsOnly(List.of());
    }

    @Test
    void aFileThatStartsWithAnAssignmentStillGivesItsDependencies() throws ExtractionException {
        // found by fuzzing: the key before a leading `=` was looked up at index -1
        List<Evidence> evidence = extract("build.sbt", """
                = "legacy-service"
                libraryDependencies += "org.typelevel" %% "cats-core" % "2.10.0"
                """);
        assertThat(evidence).extracting(Evidence::value).containsExactly("org.typelevel:cats-core:2.10.0");
    }

    @Test
    void aConfigurationMappingWithNothingBeforeItsArrowIsTheDefaultScope() throws ExtractionException {
        // found by fuzzing: "->,test" split into nothing and the first part was read anyway
        List<Evidence> evidence = extract("build.sbt", """
                libraryDependencies ++= Seq(
                  "org.tpolecat" %% "doobie-core" % "1.0.0-RC5" % "->,test",
                  "org.scalameta" %% "munit" % "1.0.0" % ";"
                )
                """);
        assertThat(evidence).extracting(Evidence::name, Evidence::scope).containsExactly(
                tuple("org.tpolecat:doobie-core", Scope.RUNTIME), tuple("org.scalameta:munit", Scope.RUNTIME));
    }

    @Test
    void settingAfterAnOverrideOnTheNextLineIsUsageAgain() throws ExtractionException {
        List<Evidence> evidence = extract("build.sbt", """
                dependencyOverrides ++= Seq("org.slf4j" % "slf4j-api" % "2.0.9")
                addSbtPlugin("com.github.sbt" % "sbt-native-packager" % "1.9.16")
                "org.slf4j" % "slf4j-simple" % "2.0.9"
                """);
        assertThat(evidence).extracting(Evidence::name, Evidence::scope).containsExactly(
                tuple("com.github.sbt:sbt-native-packager", Scope.BUILD),
                tuple("org.slf4j:slf4j-simple", Scope.RUNTIME));
    }

    @Test
    void ambiguousConstantsStayAsWritten() throws ExtractionException {
        List<Evidence> evidence = extract("build.sbt", """
                object A { val v = "1.0" }
                object B { val v = "2.0" }
                libraryDependencies += "g" % "a" % A.v
                """);
        assertThat(evidence).extracting(Evidence::version).containsExactly("A.v");
    }

    @Test
    void hostileInputIsAnErrorOrNothingNeverACrash() {
        byte[] garbage = new byte[8192];
        new Random(3).nextBytes(garbage);
        Throwable thrown = catchThrowable(() -> extractor.extract(new SourceFile("build.sbt", garbage)));
        assertThat(thrown).isInstanceOf(ExtractionException.class);
        String deep = "libraryDependencies ++= " + "Seq(".repeat(20000) + ")".repeat(20000) + "\n"
                + ")".repeat(100) + "}]}" + "\n'\\u0041' '\\";
        assertThat(catchThrowable(() -> extract("build.sbt", deep))).isNull();
    }
}
