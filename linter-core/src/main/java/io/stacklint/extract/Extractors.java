package io.stacklint.extract;

import java.util.List;

/** The extractors stacklint ships, one per file kind. Adding a file kind is one class and one line here. */
public final class Extractors {

    private static final List<Extractor> BUILT_IN = List.of(
            new MavenPomExtractor(),
            new PackageJsonExtractor(),
            new ComposeExtractor(),
            new GithubWorkflowExtractor(),
            new GemfileExtractor(),
            new MixExsExtractor(),
            new GoModExtractor(),
            new ComposerJsonExtractor(),
            new CargoTomlExtractor(),
            new PubspecExtractor(),
            new TerraformExtractor(),
            new TerraformLockExtractor(),
            new AnsibleExtractor(),
            new PuppetfileExtractor(),
            new PuppetManifestExtractor(),
            new ChefExtractor(),
            new HerokuExtractor(),
            new ServerlessExtractor(),
            new GradleBuildExtractor(),
            new GradleSettingsExtractor(),
            new DockerfileExtractor(),
            new KubernetesExtractor(),
            new HelmChartExtractor(),
            new KustomizeExtractor(),
            new SkaffoldExtractor(),
            new DotnetProjectExtractor(),
            new SbtExtractor(),
            new RuntimeVersionFilesExtractor(),
            new RequirementsExtractor(),
            new PyprojectExtractor(),
            new PipfileExtractor(),
            new SetupCfgExtractor(),
            new SetupPyExtractor(),
            new GitlabCiExtractor(),
            new CircleciExtractor(),
            new TravisExtractor(),
            new SemaphoreExtractor(),
            new JenkinsfileExtractor(),
            new AzurePipelinesExtractor(),
            new BitbucketPipelinesExtractor(),
            new DroneExtractor(),
            new BuildkiteExtractor(),
            new AppveyorExtractor(),
            new CloudBuildExtractor(),
            new GocdExtractor(),
            new SaltExtractor(),
            new PackerExtractor(),
            new NpmLockExtractor(),
            new YarnLockExtractor(),
            new PnpmLockExtractor(),
            new GemfileLockExtractor(),
            new MixLockExtractor(),
            new PoetryLockExtractor(),
            new UvLockExtractor(),
            new PipfileLockExtractor(),
            new CargoLockExtractor(),
            new ComposerLockExtractor(),
            new NugetLockExtractor(),
            new GradleLockfileExtractor(),
            new GoSumExtractor());

    private Extractors() {
    }

    public static List<Extractor> builtIn() {
        return BUILT_IN;
    }
}
