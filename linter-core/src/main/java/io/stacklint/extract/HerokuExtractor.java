package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Heroku's {@code app.json} and {@code heroku.yml}: add-ons, buildpacks, stacks. */
public final class HerokuExtractor implements Extractor {

    @Override
    public String id() {
        return "heroku";
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
