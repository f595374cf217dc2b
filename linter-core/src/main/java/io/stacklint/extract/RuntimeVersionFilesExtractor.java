package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads runtime version files ({@code .nvmrc}, {@code .tool-versions}, {@code .ruby-version}, {@code global.json}, ...). */
public final class RuntimeVersionFilesExtractor implements Extractor {

    @Override
    public String id() {
        return "runtime-versions";
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
