package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the Python lockfile extractors share: PEP 503 names, and the direct dependencies of a manifest. */
final class PyLocks {

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    private PyLocks() {
    }

    /** A name as PEP 503 compares it: lower case, each run of {@code -}, {@code _}, {@code .} one {@code -}. */
    static String normalize(String name) {
        return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /**
     * The normalised names of the pypi packages a manifest declares, every section; empty when the manifest is
     * missing, and empty too when it cannot be read (its own extractor reports why).
     */
    static Optional<Set<String>> directNames(Optional<SourceFile> manifest, Extractor reader) {
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        try {
            Set<String> names = new LinkedHashSet<>();
            for (Evidence evidence : reader.extract(manifest.get())) {
                if (evidence.kind() == EvidenceKind.PACKAGE && evidence.ecosystem().equals("pypi")) {
                    names.add(normalize(evidence.name()));
                }
            }
            return Optional.of(names);
        } catch (ExtractionException e) {
            return Optional.empty();
        }
    }
}
