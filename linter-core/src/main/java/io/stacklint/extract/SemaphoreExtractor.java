package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Semaphore 2.0 pipelines ({@code .semaphore/*.yml}): the images of the Docker-based agents of the pipeline
 * and its blocks, and, in command lines, the databases {@code sem-service start} runs and the runtimes
 * {@code sem-version} selects. Any other command text gives nothing, and neither do shell comments or quoted words.
 */
public final class SemaphoreExtractor implements Extractor {

    private static final Pattern PIPELINE_PATH = Pattern.compile("(.*/)?\\.semaphore/[^/]+\\.ya?ml");

    /** {@code sem-version} languages that are runtimes, and their runtime names. */
    private static final Map<String, String> RUNTIMES = Map.ofEntries(Map.entry("ruby", "ruby"),
            Map.entry("node", "node"), Map.entry("python", "python"), Map.entry("php", "php"),
            Map.entry("elixir", "elixir"), Map.entry("erlang", "erlang"), Map.entry("go", "go"),
            Map.entry("java", "java"), Map.entry("scala", "scala"), Map.entry("kotlin", "kotlin"),
            Map.entry("rust", "rust"), Map.entry("dart", "dart"), Map.entry("dotnet", "dotnet"));

    /** Shell words after which the next word is again a command. */
    private static final Set<String> COMMAND_PREFIXES = Set.of("then", "do", "else", "!", "time");

    @Override
    public String id() {
        return "semaphore";
    }

    @Override
    public boolean accepts(String path) {
        return FileNames.isYaml(path) && path.contains(".semaphore/") && PIPELINE_PATH.matcher(path).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)
                || YamlTrees.get(root, "version").isEmpty() || YamlTrees.get(root, "blocks").isEmpty()) {
            return List.of();
        }
        String[] lines = file.text().split("\n", -1);
        List<Evidence> evidence = new ArrayList<>();
        walk(file, lines, root, Collections.newSetFromMap(new IdentityHashMap<>()), evidence);
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    /** Visits every collection once (aliases point at shared nodes), reading agents and command lists. */
    private static void walk(SourceFile file, String[] lines, Node node, Set<Node> seen, List<Evidence> out) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> walk(file, lines, item, seen, out));
            return;
        }
        for (NodeTuple entry : YamlTrees.entries(node)) {
            String key = YamlTrees.key(entry).orElse("");
            Node value = entry.getValueNode();
            if (key.equals("commands")) {
                List<Node> commands = value instanceof SequenceNode ? YamlTrees.items(value) : List.of(value);
                for (Node command : commands) {
                    CiSupport.scalar(command).ifPresent(scalar -> commandScalar(file, lines, scalar, out));
                }
                continue;
            }
            if (key.equals("agent")) {
                YamlTrees.get(value, "containers").ifPresent(containers -> {
                    for (Node container : YamlTrees.items(containers)) {
                        YamlTrees.get(container, "image").flatMap(CiSupport::scalar).ifPresent(image -> CiSupport
                                .image(YamlTrees.location(file, image), image.getValue()).ifPresent(out::add));
                    }
                });
            }
            walk(file, lines, value, seen, out);
        }
    }

    /**
     * Reads the source lines a command scalar spans, between its start and end marks, so that every location is
     * exact; a block scalar's first line is its header.
     */
    private static void commandScalar(SourceFile file, String[] lines, ScalarNode scalar, List<Evidence> out) {
        int startLine = scalar.getStartMark().getLine();
        int endLine = Math.min(scalar.getEndMark().getLine(), lines.length - 1);
        ScalarStyle style = scalar.getScalarStyle();
        boolean block = style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
        for (int line = block ? startLine + 1 : startLine; line <= endLine; line++) {
            String text = lines[line];
            int from = 0;
            if (line == startLine) {
                // past an anchor or tag (`- &start sem-service start redis`), in UTF-16 code units
                from = YamlTrees.location(file, scalar).column() - 1;
                if (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
                    from++;
                }
            }
            int to = line == scalar.getEndMark().getLine() ? offset(text, scalar.getEndMark().getColumn())
                    : text.length();
            if (from < to) {
                commandLine(file, line, text.substring(0, to), from, out);
            }
        }
    }

    /** The UTF-16 offset of a code-point column, as SnakeYAML counts columns. */
    private static int offset(String text, int codePoints) {
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    /** A shell word and where it starts in its line; {@code operator} for {@code ; & | ( )}. */
    private record Word(String text, int start, boolean operator, boolean quoted) {
    }

    private static void commandLine(SourceFile file, int line, String text, int from, List<Evidence> out) {
        List<Word> words = words(text, from);
        boolean commandStart = true;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.operator()) {
                commandStart = true;
                continue;
            }
            boolean tool = word.text().equals("sem-service") || word.text().equals("sem-version");
            if (commandStart && !word.quoted() && tool) {
                List<String> args = new ArrayList<>();
                for (int j = i + 1; j < words.size() && !words.get(j).operator(); j++) {
                    args.add(words.get(j).text());
                }
                var location = file.location(line + 1, word.start() + 1);
                (word.text().equals("sem-service") ? service(location, args) : runtime(location, args))
                        .ifPresent(out::add);
            }
            commandStart = COMMAND_PREFIXES.contains(word.text());
        }
    }

    private static Optional<Evidence> service(Location location, List<String> args) {
        if (args.size() < 2 || !args.get(0).equals("start") || !isLiteral(args.get(1))) {
            return Optional.empty();
        }
        String name = args.get(1);
        String version = null;
        int colon = name.indexOf(':');
        if (colon >= 0) {
            version = name.substring(colon + 1);
            name = name.substring(0, colon);
        } else if (args.size() > 2 && !args.get(2).startsWith("-") && isLiteral(args.get(2))) {
            version = args.get(2);
        }
        if (name.isEmpty() || version != null && version.isEmpty()) {
            return Optional.empty();
        }
        name = name.toLowerCase(Locale.ROOT);
        return Optional.of(new Evidence(EvidenceKind.CI_SERVICE, "semaphore", name, version, location,
                version == null ? name : name + " " + version, Scope.CI, List.of()));
    }

    private static Optional<Evidence> runtime(Location location, List<String> args) {
        if (args.size() < 2 || !isLiteral(args.get(1))) {
            return Optional.empty();
        }
        String runtime = RUNTIMES.get(args.get(0).toLowerCase(Locale.ROOT));
        if (runtime == null) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(EvidenceKind.RUNTIME, "runtime", runtime, args.get(1), location,
                runtime + " " + args.get(1), Scope.CI, List.of()));
    }

    /** A word that is what it says: no expansion, no redirection. */
    private static boolean isLiteral(String word) {
        return !word.isEmpty() && word.chars().noneMatch(c -> c == '$' || c == '`' || c == '<' || c == '>'
                || c == '*' || c == '{' || c == '}');
    }

    /**
     * Splits a line into shell words (quotes removed, their content kept; a word with quotes is never a command
     * name) and operators, from {@code from}; a
     * {@code #} starting a word ends the line, as it does in the shell.
     */
    private static List<Word> words(String text, int from) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == ';' || c == '&' || c == '|' || c == '(' || c == ')') {
                words.add(new Word(String.valueOf(c), i, true, false));
                i++;
            } else {
                int start = i;
                StringBuilder word = new StringBuilder();
                char quote = 0;
                boolean quoted = false;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (quote != 0) {
                        if (d == quote) {
                            quote = 0;
                        } else {
                            word.append(d);
                        }
                    } else if (d == '\'' || d == '"') {
                        quote = d;
                        quoted = true;
                    } else if (Character.isWhitespace(d) || ";&|()".indexOf(d) >= 0) {
                        break;
                    } else {
                        word.append(d);
                    }
                    i++;
                }
                words.add(new Word(word.toString(), start, false, quoted));
            }
        }
        return words;
    }
}
