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
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Chef: a {@code Berksfile}'s {@code cookbook 'name', 'constraint'} and a cookbook {@code metadata.rb}'s
 * {@code depends 'name', 'constraint'} (only when the file names its cookbook with {@code name}, so another tool's
 * metadata.rb is nothing) as chef packages; {@code include_recipe 'cookbook::recipe'} in a cookbook's
 * {@code recipes/*.rb} as a chef resource. Berksfile cookbooks inside a {@code group :integration} or
 * {@code group :test} block are TEST scope, everything else RUNTIME. Names built by interpolation are nothing.
 */
public final class ChefExtractor implements Extractor {

    private static final Pattern COOKBOOK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern RECIPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*(::[A-Za-z0-9_.-]+)?");
    private static final Set<String> TEST_GROUPS = Set.of("integration", "test", "kitchen");

    @Override
    public String id() {
        return "chef";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("Berksfile") || name.equals("metadata.rb") || isRecipe(path);
    }

    /** A Ruby file directly in a {@code recipes} folder: a string test, as every walked .rb file comes here. */
    private static boolean isRecipe(String path) {
        int slash = path.lastIndexOf('/');
        return path.endsWith(".rb") && path.length() - slash > ".rb".length() + 1
                && path.startsWith("recipes/", slash - "recipes".length())
                && (slash == "recipes".length() || path.charAt(slash - "recipes".length() - 1) == '/');
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Group root = RubyDsl.parse(file);
            List<Evidence> found = new ArrayList<>();
            if (file.name().equals("Berksfile")) {
                berksfile(file, root.children(), Scope.RUNTIME, found);
            } else if (file.name().equals("metadata.rb")) {
                metadata(file, root, found);
            } else {
                RubyDsl.walk(root.children(), statement -> includeRecipe(file, statement, found));
            }
            found.sort(Comparator.comparing(Evidence::location));
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read " + file.name() + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static void berksfile(SourceFile file, List<Node> nodes, Scope scope, List<Evidence> found)
            throws ExtractionException {
        for (List<Node> statement : RubyDsl.statements(nodes)) {
            Scope inner = scope;
            Token keyword = RubyDsl.command(statement, "cookbook");
            if (keyword != null) {
                cookbook(file, keyword, RubyDsl.arguments(statement), scope, found);
            } else if (RubyDsl.command(statement, "group") != null && testGroup(RubyDsl.arguments(statement))) {
                inner = Scope.TEST;
            }
            for (Node node : statement) {
                if (node instanceof Group g) {
                    berksfile(file, g.children(), g.opens("do") || g.opens("{") ? inner : scope, found);
                }
            }
        }
    }

    private static boolean testGroup(List<List<Node>> args) {
        for (List<Node> arg : args) {
            if (arg.size() == 1 && arg.get(0) instanceof Token t
                    && (t.type() == Type.SYMBOL || t.type() == Type.STRING) && TEST_GROUPS.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static void metadata(SourceFile file, Group root, List<Evidence> found) throws ExtractionException {
        boolean named = false;
        for (List<Node> statement : RubyDsl.statements(root.children())) {
            List<List<Node>> args = RubyDsl.command(statement, "name") == null ? List.of()
                    : RubyDsl.arguments(statement);
            named |= !args.isEmpty() && RubyDsl.literal(args.get(0)) != null;
        }
        if (!named) {
            return;
        }
        RubyDsl.walk(root.children(), statement -> {
            Token keyword = RubyDsl.command(statement, "depends");
            if (keyword != null) {
                cookbook(file, keyword, RubyDsl.arguments(statement), Scope.RUNTIME, found);
            }
        });
    }

    private static void cookbook(SourceFile file, Token keyword, List<List<Node>> args, Scope scope,
            List<Evidence> found) throws ExtractionException {
        String name = args.isEmpty() ? null : RubyDsl.literal(args.get(0));
        if (name == null || !COOKBOOK.matcher(name).matches()) {
            return;
        }
        String version = args.size() > 1 ? RubyDsl.literal(args.get(1)) : null;
        if (version != null && version.isBlank()) {
            version = null;
        }
        found.add(Evidence.ofPackage("chef", name, version, file.location(keyword.offset()),
                version == null ? name : name + " " + version, scope));
    }

    private static void includeRecipe(SourceFile file, List<Node> statement, List<Evidence> found)
            throws ExtractionException {
        Token keyword = RubyDsl.command(statement, "include_recipe");
        if (keyword == null) {
            return;
        }
        List<List<Node>> args = RubyDsl.arguments(statement);
        for (int i = 0; i < args.size(); i++) {
            String recipe = RubyDsl.literal(args.get(i));
            if (recipe != null && RECIPE.matcher(recipe).matches()) {
                // include_recipe 'a', 'b' includes both; the second is located at its own string
                int at = i == 0 ? keyword.offset() : ((Token) args.get(i).get(0)).offset();
                found.add(new Evidence(EvidenceKind.RESOURCE, "chef", recipe, null, file.location(at),
                        "include_recipe " + recipe, Scope.RUNTIME, List.of()));
            }
        }
    }
}
