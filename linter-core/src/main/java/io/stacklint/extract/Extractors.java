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
            new GitlabCiExtractor(),
            new CircleciExtractor(),
            new TravisExtractor(),
            new SemaphoreExtractor(),
            new JenkinsfileExtractor());

    private Extractors() {
    }

    public static List<Extractor> builtIn() {
        return BUILT_IN;
    }
}
