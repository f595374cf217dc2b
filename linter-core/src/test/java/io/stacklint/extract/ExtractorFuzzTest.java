package io.stacklint.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * One fuzz target per extractor: arbitrary bytes as a file the extractor accepts must give evidence at real
 * locations or an {@link ExtractionException}, never another exception, a hang or a stack overflow. Under
 * {@code mvn test} each target replays its kept inputs ({@code ExtractorFuzzTestInputs/<target>/}: every crash
 * found, kept as a regression case); {@code fuzz/run extract.ExtractorFuzzTest#<target> SECONDS} fuzzes one.
 */
class ExtractorFuzzTest {

    @FuzzTest
    void ansible(FuzzedDataProvider data) {
        ExtractorProperty.check("ansible", data);
    }

    @FuzzTest
    void appveyor(FuzzedDataProvider data) {
        ExtractorProperty.check("appveyor", data);
    }

    @FuzzTest
    void azurePipelines(FuzzedDataProvider data) {
        ExtractorProperty.check("azure-pipelines", data);
    }

    @FuzzTest
    void bitbucketPipelines(FuzzedDataProvider data) {
        ExtractorProperty.check("bitbucket-pipelines", data);
    }

    @FuzzTest
    void buildkite(FuzzedDataProvider data) {
        ExtractorProperty.check("buildkite", data);
    }

    @FuzzTest
    void cargoToml(FuzzedDataProvider data) {
        ExtractorProperty.check("cargo-toml", data);
    }

    @FuzzTest
    void chef(FuzzedDataProvider data) {
        ExtractorProperty.check("chef", data);
    }

    @FuzzTest
    void circleci(FuzzedDataProvider data) {
        ExtractorProperty.check("circleci", data);
    }

    @FuzzTest
    void cloudbuild(FuzzedDataProvider data) {
        ExtractorProperty.check("cloudbuild", data);
    }

    @FuzzTest
    void compose(FuzzedDataProvider data) {
        ExtractorProperty.check("compose", data);
    }

    @FuzzTest
    void composerJson(FuzzedDataProvider data) {
        ExtractorProperty.check("composer-json", data);
    }

    @FuzzTest
    void dockerfile(FuzzedDataProvider data) {
        ExtractorProperty.check("dockerfile", data);
    }

    @FuzzTest
    void dotnetProject(FuzzedDataProvider data) {
        ExtractorProperty.check("dotnet-project", data);
    }

    @FuzzTest
    void drone(FuzzedDataProvider data) {
        ExtractorProperty.check("drone", data);
    }

    @FuzzTest
    void gemfile(FuzzedDataProvider data) {
        ExtractorProperty.check("gemfile", data);
    }

    @FuzzTest
    void githubWorkflow(FuzzedDataProvider data) {
        ExtractorProperty.check("github-workflow", data);
    }

    @FuzzTest
    void gitlabCi(FuzzedDataProvider data) {
        ExtractorProperty.check("gitlab-ci", data);
    }

    @FuzzTest
    void goMod(FuzzedDataProvider data) {
        ExtractorProperty.check("go-mod", data);
    }

    @FuzzTest
    void gocd(FuzzedDataProvider data) {
        ExtractorProperty.check("gocd", data);
    }

    @FuzzTest
    void gradleBuild(FuzzedDataProvider data) {
        ExtractorProperty.check("gradle-build", data);
    }

    @FuzzTest
    void gradleSettings(FuzzedDataProvider data) {
        ExtractorProperty.check("gradle-settings", data);
    }

    @FuzzTest
    void helmChart(FuzzedDataProvider data) {
        ExtractorProperty.check("helm-chart", data);
    }

    @FuzzTest
    void heroku(FuzzedDataProvider data) {
        ExtractorProperty.check("heroku", data);
    }

    @FuzzTest
    void jenkinsfile(FuzzedDataProvider data) {
        ExtractorProperty.check("jenkinsfile", data);
    }

    @FuzzTest
    void kubernetes(FuzzedDataProvider data) {
        ExtractorProperty.check("kubernetes", data);
    }

    @FuzzTest
    void kustomize(FuzzedDataProvider data) {
        ExtractorProperty.check("kustomize", data);
    }

    @FuzzTest
    void mavenPom(FuzzedDataProvider data) {
        ExtractorProperty.check("maven-pom", data);
    }

    @FuzzTest
    void mixExs(FuzzedDataProvider data) {
        ExtractorProperty.check("mix-exs", data);
    }

    @FuzzTest
    void packageJson(FuzzedDataProvider data) {
        ExtractorProperty.check("package-json", data);
    }

    @FuzzTest
    void packer(FuzzedDataProvider data) {
        ExtractorProperty.check("packer", data);
    }

    @FuzzTest
    void pipfile(FuzzedDataProvider data) {
        ExtractorProperty.check("pipfile", data);
    }

    @FuzzTest
    void pubspec(FuzzedDataProvider data) {
        ExtractorProperty.check("pubspec", data);
    }

    @FuzzTest
    void puppetManifest(FuzzedDataProvider data) {
        ExtractorProperty.check("puppet-manifest", data);
    }

    @FuzzTest
    void puppetfile(FuzzedDataProvider data) {
        ExtractorProperty.check("puppetfile", data);
    }

    @FuzzTest
    void pyproject(FuzzedDataProvider data) {
        ExtractorProperty.check("pyproject", data);
    }

    @FuzzTest
    void pythonRequirements(FuzzedDataProvider data) {
        ExtractorProperty.check("python-requirements", data);
    }

    @FuzzTest
    void runtimeVersions(FuzzedDataProvider data) {
        ExtractorProperty.check("runtime-versions", data);
    }

    @FuzzTest
    void salt(FuzzedDataProvider data) {
        ExtractorProperty.check("salt", data);
    }

    @FuzzTest
    void sbt(FuzzedDataProvider data) {
        ExtractorProperty.check("sbt", data);
    }

    @FuzzTest
    void semaphore(FuzzedDataProvider data) {
        ExtractorProperty.check("semaphore", data);
    }

    @FuzzTest
    void serverless(FuzzedDataProvider data) {
        ExtractorProperty.check("serverless", data);
    }

    @FuzzTest
    void setupCfg(FuzzedDataProvider data) {
        ExtractorProperty.check("setup-cfg", data);
    }

    @FuzzTest
    void setupPy(FuzzedDataProvider data) {
        ExtractorProperty.check("setup-py", data);
    }

    @FuzzTest
    void skaffold(FuzzedDataProvider data) {
        ExtractorProperty.check("skaffold", data);
    }

    @FuzzTest
    void terraform(FuzzedDataProvider data) {
        ExtractorProperty.check("terraform", data);
    }

    @FuzzTest
    void terraformLock(FuzzedDataProvider data) {
        ExtractorProperty.check("terraform-lock", data);
    }

    @FuzzTest
    void travis(FuzzedDataProvider data) {
        ExtractorProperty.check("travis", data);
    }

    @FuzzTest
    void npmLock(FuzzedDataProvider data) {
        ExtractorProperty.check("npm-lock", data);
    }

    @FuzzTest
    void yarnLock(FuzzedDataProvider data) {
        ExtractorProperty.check("yarn-lock", data);
    }

    @FuzzTest
    void pnpmLock(FuzzedDataProvider data) {
        ExtractorProperty.check("pnpm-lock", data);
    }

    @FuzzTest
    void gemfileLock(FuzzedDataProvider data) {
        ExtractorProperty.check("gemfile-lock", data);
    }

    @FuzzTest
    void mixLock(FuzzedDataProvider data) {
        ExtractorProperty.check("mix-lock", data);
    }

    @FuzzTest
    void poetryLock(FuzzedDataProvider data) {
        ExtractorProperty.check("poetry-lock", data);
    }

    @FuzzTest
    void uvLock(FuzzedDataProvider data) {
        ExtractorProperty.check("uv-lock", data);
    }

    @FuzzTest
    void pipfileLock(FuzzedDataProvider data) {
        ExtractorProperty.check("pipfile-lock", data);
    }

    @FuzzTest
    void cargoLock(FuzzedDataProvider data) {
        ExtractorProperty.check("cargo-lock", data);
    }

    @FuzzTest
    void composerLock(FuzzedDataProvider data) {
        ExtractorProperty.check("composer-lock", data);
    }

    @FuzzTest
    void nugetLock(FuzzedDataProvider data) {
        ExtractorProperty.check("nuget-lock", data);
    }

    @FuzzTest
    void gradleLockfile(FuzzedDataProvider data) {
        ExtractorProperty.check("gradle-lockfile", data);
    }

    @FuzzTest
    void goSum(FuzzedDataProvider data) {
        ExtractorProperty.check("go-sum", data);
    }
}
