package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads .NET project files ({@code *.csproj}, {@code Directory.Packages.props}, {@code packages.config}). */
public final class DotnetProjectExtractor implements Extractor {

    @Override
    public String id() {
        return "dotnet-project";
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
