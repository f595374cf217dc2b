package io.stacklint.extract;

import io.stacklint.extract.RubyDsl.Node;
import io.stacklint.extract.RubyDsl.Token;
import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code Puppetfile} (r10k, librarian-puppet, Bolt): every {@code mod 'owner-name'} (or
 * {@code 'owner/name'}, or an owner-less name as written for Git modules) is a puppet package named
 * {@code owner-name}, with the version when the second argument is a literal string ({@code :latest} and Git
 * options give none). {@code forge}, {@code moduledir} and anything in comments or strings are nothing.
 */
public final class PuppetfileExtractor implements Extractor {

    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]*([-/][A-Za-z0-9_]+)?");

    @Override
    public String id() {
        return "puppetfile";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals("Puppetfile") || path.endsWith("/Puppetfile");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            List<Evidence> found = new ArrayList<>();
            RubyDsl.walk(RubyDsl.parse(file).children(), statement -> module(file, statement, found));
            found.sort(Comparator.comparing(Evidence::location));
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read Puppetfile: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void module(SourceFile file, List<Node> statement, List<Evidence> found)
            throws ExtractionException {
        Token keyword = RubyDsl.command(statement, "mod");
        if (keyword == null) {
            return;
        }
        List<List<Node>> args = RubyDsl.arguments(statement);
        String written = args.isEmpty() ? null : RubyDsl.literal(args.get(0));
        if (written == null || !MODULE_NAME.matcher(written).matches()) {
            return;
        }
        String name = written.replace('/', '-');
        String version = args.size() > 1 ? RubyDsl.literal(args.get(1)) : null;
        if (version != null && version.isBlank()) {
            version = null;
        }
        found.add(Evidence.ofPackage("puppet", name, version, file.location(keyword.offset()),
                version == null ? name : name + " " + version, Scope.RUNTIME));
    }
}
