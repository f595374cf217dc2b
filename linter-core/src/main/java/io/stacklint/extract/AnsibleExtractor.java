package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Ansible: Galaxy requirements, playbooks and role tasks. */
public final class AnsibleExtractor implements Extractor {

    @Override
    public String id() {
        return "ansible";
    }

    @Override
    public boolean accepts(String path) {
        return false;
    }

    @Override
    public List<Evidence> extract(SourceFile file) {
        return List.of();
    }
}
