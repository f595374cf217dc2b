package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/**
 * Reads GoCD's YAML pipeline definitions ({@code *.gocd.yaml}, {@code *.gocd.yml}) and reports nothing from them:
 * a GoCD pipeline names no image, runtime or service of its own. Agents come from elastic profiles
 * ({@code elastic_profile_id}) and {@code resources} defined on the server, materials are repositories, and tasks
 * are commands. The catalog detects GoCD by the files' presence; the file is still parsed so that a broken
 * definition is reported like any other unreadable file.
 */
public final class GocdExtractor implements Extractor {

    @Override
    public String id() {
        return "gocd";
    }

    @Override
    public boolean accepts(String path) {
        String name = FileNames.name(path);
        return (name.endsWith(".gocd.yml") && name.length() > ".gocd.yml".length())
                || (name.endsWith(".gocd.yaml") && name.length() > ".gocd.yaml".length());
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        YamlTrees.documents(file);
        return List.of();
    }
}
