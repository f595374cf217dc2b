package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code go.sum} beside its {@code go.mod}: the modules whose code the build downloads although go.mod does
 * not require them, as go evidence in scope transitive.
 *
 * <p>Each line is {@code module version hash} (the module's code) or {@code module version/go.mod hash} (only its
 * go.mod, read to resolve versions). A module listed only with {@code /go.mod} hashes is not built and gives
 * nothing; a module go.mod requires or replaces (direct or {@code // indirect}: {@link GoModExtractor} reports
 * those) gives nothing either. Of several versions with code hashes the last written is reported (the go command
 * sorts go.sum by version), at its line. go.sum records no edges, so {@code via} is empty. Blank lines are allowed;
 * any other line without exactly three fields is refused, as the go command refuses it. When go.mod cannot be read,
 * nothing is reported: its own extractor says why.
 */
public final class GoSumExtractor implements LockfileExtractor {

    private static final String ECOSYSTEM = "go";
    private static final String FILE_NAME = "go.sum";
    private static final String MANIFEST = "go.mod";
    private static final String GO_MOD_SUFFIX = "/go.mod";

    @Override
    public String id() {
        return "go-sum";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, MANIFEST)) {
            return List.of();
        }
        Map<String, Sum> built = new LinkedHashMap<>();
        String text = file.text();
        int lineNumber = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = text.substring(start, end);
            start = end + 1;
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 1 && fields[0].isEmpty()) {
                continue;
            }
            if (fields.length != 3) {
                throw new ExtractionException(lineNumber, 1,
                        "malformed go.sum line: expected a module, a version and a hash, found "
                                + fields.length + (fields.length == 1 ? " field" : " fields"));
            }
            if (fields[1].endsWith(GO_MOD_SUFFIX)) {
                continue;
            }
            int column = 1 + line.indexOf(fields[0]);
            // a later version replaces an earlier one but keeps the module's place in file order
            built.remove(fields[0]);
            built.put(fields[0], new Sum(fields[0], fields[1], file.location(lineNumber, column)));
        }
        Set<String> required = requiredModules(file);
        if (required == null) {
            return List.of();
        }
        List<Evidence> found = new ArrayList<>();
        for (Sum sum : built.values()) {
            if (!required.contains(sum.module())) {
                found.add(new Evidence(EvidenceKind.PACKAGE, ECOSYSTEM, sum.module(), sum.version(), sum.at(),
                        sum.module() + "@" + sum.version(), Scope.TRANSITIVE, List.of()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.location().line(), b.location().line()));
        return found;
    }

    private record Sum(String module, String version, Location at) {
    }

    /**
     * Every module go.mod requires (direct or indirect) or replaces with another; null when it cannot be read (its
     * own extractor reports why), since then nothing tells a direct module from a transitive one.
     */
    private static Set<String> requiredModules(SourceFile file) {
        SourceFile manifest = file.resolve(MANIFEST).orElse(null);
        if (manifest == null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        try {
            new GoModExtractor().extract(manifest).stream()
                    .filter(e -> e.kind() == EvidenceKind.PACKAGE)
                    .forEach(e -> names.add(e.name()));
        } catch (ExtractionException e) {
            return null;
        }
        return names;
    }
}
