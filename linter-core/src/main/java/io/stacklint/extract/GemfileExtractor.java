package io.stacklint.extract;

import io.stacklint.extract.RubyDsl.Group;
import io.stacklint.extract.RubyDsl.Node;
import io.stacklint.extract.RubyDsl.Token;
import io.stacklint.extract.RubyDsl.Type;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Bundler Gemfile ({@code Gemfile} or {@code gems.rb}) without a Ruby interpreter: {@link RubyDsl} lexes and
 * nests the file (a gem named in a comment, string or heredoc is never taken for a declaration), and the statements {@code gem "name", "req"..., options} and
 * {@code ruby "x.y.z"} are read from that tree.
 *
 * <p>Scope: as Bundler does, a gem's groups are the union of its enclosing {@code group} blocks and its
 * {@code group:}/{@code groups:} option. Groups naming {@code :production}, {@code :staging} or {@code :default}, or
 * neither {@code :development} nor {@code :test}, give RUNTIME; else {@code :development} gives DEVELOPMENT and
 * {@code :test} alone gives TEST.
 */
public final class GemfileExtractor implements Extractor {

    private static final Pattern GEM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Override
    public String id() {
        return "gemfile";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("Gemfile") || name.equals("gems.rb");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Group root = RubyDsl.parse(file);
            List<Evidence> found = new ArrayList<>();
            new Reader(file, found).statements(root.children(), Set.of());
            found.sort(Comparator.comparing(Evidence::location));
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read Gemfile: " + e.getClass().getSimpleName(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- reader

    /** Walks the statements of the tree, reading {@code gem}, {@code ruby} and {@code group}. */
    private record Reader(SourceFile file, List<Evidence> found) {

        void statements(List<Node> nodes, Set<String> groups) throws ExtractionException {
            for (List<Node> statement : RubyDsl.statements(nodes)) {
                statement(statement, groups);
            }
        }

        private void statement(List<Node> nodes, Set<String> groups) throws ExtractionException {
            Set<String> blockGroups = groups;
            if (nodes.get(0) instanceof Token first && first.type() == Type.IDENT) {
                switch (first.text()) {
                    case "gem" -> gem(first, RubyDsl.arguments(nodes), groups);
                    case "ruby" -> ruby(first, RubyDsl.arguments(nodes));
                    case "group" -> blockGroups = union(groups, names(RubyDsl.arguments(nodes)));
                    default -> {
                    }
                }
            }
            for (Node node : nodes) {
                if (node instanceof Group g) {
                    boolean block = g.opens("do") || g.opens("{");
                    statements(g.children(), block ? blockGroups : groups);
                }
            }
        }

        private void gem(Token keyword, List<List<Node>> args, Set<String> enclosing) throws ExtractionException {
            String name = args.isEmpty() ? null : RubyDsl.literal(args.get(0));
            if (name == null || !GEM_NAME.matcher(name).matches()) {
                return;
            }
            List<String> requirements = new ArrayList<>();
            boolean positional = true;
            Set<String> groups = enclosing;
            for (List<Node> arg : args.subList(1, args.size())) {
                String requirement = RubyDsl.literal(arg);
                if (positional && requirement != null) {
                    requirements.add(requirement);
                } else if (positional && arg.size() == 1 && arg.get(0) instanceof Group g && g.opens("[")) {
                    for (List<Node> item : RubyDsl.split(g.children())) {
                        if (RubyDsl.literal(item) != null) {
                            requirements.add(RubyDsl.literal(item));
                        }
                    }
                } else {
                    positional = false;
                    groups = union(groups, optionGroups(arg));
                }
            }
            String version = requirements.isEmpty() ? null : String.join(", ", requirements);
            found.add(Evidence.ofPackage("gem", name, version, file.location(keyword.offset()),
                    version == null ? name : name + " " + version, scopeOf(groups)));
        }

        /** {@code group: :test}, {@code :groups => [...]}, or a braced hash of options. */
        private static Set<String> optionGroups(List<Node> arg) {
            if (arg.size() == 1 && arg.get(0) instanceof Group g && g.opens("{")) {
                Set<String> groups = Set.of();
                for (List<Node> pair : RubyDsl.split(g.children())) {
                    groups = union(groups, optionGroups(pair));
                }
                return groups;
            }
            List<Node> value;
            String key;
            if (!arg.isEmpty() && arg.get(0) instanceof Token k && k.type() == Type.LABEL) {
                key = k.text();
                value = arg.subList(1, arg.size());
            } else if (arg.size() > 2 && arg.get(0) instanceof Token k
                    && (k.type() == Type.SYMBOL || k.type() == Type.STRING) && arg.get(1) instanceof Token arrow
                    && arrow.punct("=>")) {
                key = k.text();
                value = arg.subList(2, arg.size());
            } else {
                return Set.of();
            }
            return key.equals("group") || key.equals("groups") ? names(List.of(value)) : Set.of();
        }

        private void ruby(Token keyword, List<List<Node>> args) throws ExtractionException {
            String version = args.isEmpty() ? null : RubyDsl.literal(args.get(0));
            if (version == null || version.isBlank()) {
                return;
            }
            found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "ruby", version,
                    file.location(keyword.offset()), "ruby " + version, Scope.RUNTIME, List.of()));
        }

        /** Group names among the arguments: symbols, plain strings, arrays of them, %i[] / %w[] words. */
        private static Set<String> names(List<List<Node>> args) {
            Set<String> names = new HashSet<>();
            for (List<Node> arg : args) {
                if (arg.size() != 1) {
                    continue;
                }
                Node node = arg.get(0);
                if (node instanceof Token t && (t.type() == Type.SYMBOL || t.type() == Type.STRING && t.plain())) {
                    names.add(t.text());
                } else if (node instanceof Token t && t.type() == Type.WORDS) {
                    names.addAll(List.of(t.text().strip().split("\\s+")));
                } else if (node instanceof Group g && g.opens("[")) {
                    names.addAll(names(RubyDsl.split(g.children())));
                }
            }
            return names;
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            if (b.isEmpty()) {
                return a;
            }
            Set<String> both = new HashSet<>(a);
            both.addAll(b);
            return both;
        }

        private static Scope scopeOf(Set<String> groups) {
            if (groups.contains("production") || groups.contains("staging") || groups.contains("default")) {
                return Scope.RUNTIME;
            }
            if (groups.contains("development")) {
                return Scope.DEVELOPMENT;
            }
            return groups.contains("test") ? Scope.TEST : Scope.RUNTIME;
        }
    }
}
