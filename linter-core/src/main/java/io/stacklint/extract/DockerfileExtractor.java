package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dockerfiles and Containerfiles: the base image of every {@code FROM} of a multi-stage build, and the images
 * that {@code COPY --from=} and {@code RUN --mount=from=} pull in. The image the final stage runs on (following
 * {@code FROM <stage>} back to its root) is runtime; every other image only builds.
 * Variables in {@code FROM} take the defaults of the {@code ARG}s declared before the first {@code FROM}.
 */
public final class DockerfileExtractor implements Extractor {

    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*#\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");

    @Override
    public String id() {
        return "dockerfile";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("Dockerfile") || name.equals("Containerfile")) {
            return true;
        }
        if (name.startsWith("Dockerfile.") || name.startsWith("Containerfile.")) {
            return !name.endsWith(".dockerignore") && !name.endsWith(".md");
        }
        return (name.endsWith(".Dockerfile") || name.endsWith(".dockerfile")) && name.indexOf('.') > 0;
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        List<Instruction> instructions = instructions(file.text());
        return new Build(file).run(instructions);
    }

    /** One instruction with continuations joined; {@code offsets[i]} is where character i sits in the file. */
    record Instruction(String text, int[] offsets) {

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    tokens.add(new Token(text.substring(start, i), offsets[start]));
                }
            }
            return tokens;
        }
    }

    /** A whitespace-separated word and the file offset of its first character. */
    record Token(String text, int offset) {
    }

    /**
     * Splits a Dockerfile into instructions the way BuildKit does: parser directives (only {@code escape} matters
     * here), comment lines dropped even inside continuations, continuation lines joined, heredoc bodies skipped.
     */
    static List<Instruction> instructions(String text) {
        List<int[]> lines = lines(text);
        char escape = '\\';
        int index = 0;
        while (index < lines.size()) {
            String line = slice(text, lines.get(index));
            Matcher directive = DIRECTIVE.matcher(line);
            if (!directive.matches()) {
                break;
            }
            if (directive.group(1).equalsIgnoreCase("escape") && directive.group(2).equals("`")) {
                escape = '`';
            }
            index++;
        }
        List<Instruction> instructions = new ArrayList<>();
        while (index < lines.size()) {
            String line = slice(text, lines.get(index));
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                index++;
                continue;
            }
            StringBuilder joined = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            while (true) {
                int[] bounds = lines.get(index++);
                String current = slice(text, bounds);
                String trimmed = current.stripTrailing();
                boolean continues = !trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape;
                int end = continues ? trimmed.length() - 1 : current.length();
                for (int i = 0; i < end; i++) {
                    joined.append(current.charAt(i));
                    offsets.add(bounds[0] + i);
                }
                if (!continues) {
                    break;
                }
                while (index < lines.size() && isSkippedInContinuation(slice(text, lines.get(index)))) {
                    index++;
                }
                if (index >= lines.size()) {
                    break;
                }
            }
            int[] offsetArray = offsets.stream().mapToInt(Integer::intValue).toArray();
            Instruction instruction = new Instruction(joined.toString(), offsetArray);
            instructions.add(instruction);
            index = skipHeredocs(instruction, text, lines, index);
        }
        return instructions;
    }

    private static boolean isSkippedInContinuation(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    /** Heredoc bodies of RUN, COPY and ADD are file contents or scripts, never instructions. */
    private static int skipHeredocs(Instruction instruction, String text, List<int[]> lines, int index) {
        List<Token> tokens = instruction.tokens();
        if (tokens.isEmpty()) {
            return index;
        }
        String keyword = tokens.get(0).text().toUpperCase(Locale.ROOT);
        if (!keyword.equals("RUN") && !keyword.equals("COPY") && !keyword.equals("ADD")) {
            return index;
        }
        Matcher heredoc = HEREDOC.matcher(instruction.text());
        int next = index;
        while (heredoc.find()) {
            boolean stripTabs = !heredoc.group(1).isEmpty();
            String delimiter = heredoc.group(3);
            while (next < lines.size()) {
                String line = slice(text, lines.get(next++));
                String candidate = stripTabs ? line.replaceFirst("^\t+", "") : line;
                if (candidate.equals(delimiter)) {
                    break;
                }
            }
        }
        return next;
    }

    /** Start and end (exclusive, without the line break) offsets of every line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                if (i < text.length() || end > start) {
                    lines.add(new int[] {start, end});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String slice(String text, int[] bounds) {
        return text.substring(bounds[0], bounds[1]);
    }

    /** A stage of the build: its lowercase name (or null), and either a base image or the index of a parent stage. */
    private record Stage(String name, Found base, int parent) {
    }

    /** An image found, before its scope is known. */
    private record Found(ImageReference reference, String value, Location location) {
    }

    /** The walk over one file's instructions. */
    private static final class Build {

        private final SourceFile file;
        private final Map<String, String> globalArgs = new LinkedHashMap<>();
        private final List<Stage> stages = new ArrayList<>();
        private final List<Found> buildImages = new ArrayList<>();
        private Map<String, String> stageArgs = new HashMap<>();

        Build(SourceFile file) {
            this.file = file;
        }

        List<Evidence> run(List<Instruction> instructions) throws ExtractionException {
            for (Instruction instruction : instructions) {
                List<Token> tokens = instruction.tokens();
                if (tokens.isEmpty()) {
                    continue;
                }
                String keyword = tokens.get(0).text().toUpperCase(Locale.ROOT);
                List<Token> args = tokens.subList(1, tokens.size());
                switch (keyword) {
                    case "ARG" -> declareArgs(args, stages.isEmpty() ? globalArgs : stageArgs);
                    case "FROM" -> from(tokens.get(0), args);
                    case "COPY" -> flagImages(args, "--from=", false);
                    case "RUN" -> flagImages(args, "--mount=", true);
                    default -> {
                        // other instructions name no image
                    }
                }
            }
            return evidence();
        }

        private List<Evidence> evidence() {
            List<Evidence> evidence = new ArrayList<>();
            int runtimeStage = stages.size() - 1;
            while (runtimeStage >= 0 && stages.get(runtimeStage).parent() >= 0) {
                runtimeStage = stages.get(runtimeStage).parent();
            }
            for (int i = 0; i < stages.size(); i++) {
                Found base = stages.get(i).base();
                if (base != null) {
                    evidence.add(toEvidence(base, i == runtimeStage ? Scope.RUNTIME : Scope.BUILD));
                }
            }
            for (Found image : buildImages) {
                evidence.add(toEvidence(image, Scope.BUILD));
            }
            evidence.sort(Comparator.comparing(Evidence::location));
            return List.copyOf(evidence);
        }

        private static Evidence toEvidence(Found found, Scope scope) {
            return new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", found.reference().repository(),
                    found.reference().tag(), found.location(), found.value(), scope, List.of());
        }

        private void from(Token keyword, List<Token> args) throws ExtractionException {
            int first = 0;
            while (first < args.size() && args.get(first).text().startsWith("--")) {
                first++;
            }
            List<Token> rest = args.subList(first, args.size());
            boolean named = rest.size() == 3 && rest.get(1).text().equalsIgnoreCase("as");
            if (rest.size() != 1 && !named) {
                Location at = file.location(keyword.offset());
                throw new ExtractionException(at.line(), at.column(),
                        "FROM requires either one or three arguments (FROM image [AS name])");
            }
            String name = named ? rest.get(2).text().toLowerCase(Locale.ROOT) : null;
            stageArgs = new HashMap<>();
            Token image = rest.get(0);
            Optional<String> expanded = expand(image, globalArgs);
            if (expanded.isEmpty()) {
                stages.add(new Stage(name, null, -1));
                return;
            }
            String value = expanded.get();
            int parent = stageIndex(value);
            if (parent >= 0 || value.equalsIgnoreCase("scratch")) {
                stages.add(new Stage(name, null, parent));
                return;
            }
            Found found = ImageReference.parse(value)
                    .map(reference -> new Found(reference, value, locationOf(image)))
                    .orElse(null);
            stages.add(new Stage(name, found, -1));
        }

        /**
         * Images named by a flag of COPY ({@code --from=image}) or RUN ({@code --mount=type=cache,from=image}); a
         * stage name or index is not an image.
         */
        private void flagImages(List<Token> args, String prefix, boolean mount) throws ExtractionException {
            Map<String, String> visible = new HashMap<>(globalArgs);
            visible.putAll(stageArgs);
            for (Token arg : args) {
                if (!arg.text().startsWith("--")) {
                    break;
                }
                if (!arg.text().regionMatches(true, 0, prefix, 0, prefix.length())) {
                    continue;
                }
                int valueStart = prefix.length();
                String body = arg.text();
                if (mount) {
                    valueStart = mountFrom(body, valueStart);
                    if (valueStart < 0) {
                        continue;
                    }
                }
                int valueEnd = mount ? indexOrEnd(body, ',', valueStart) : body.length();
                Token source = new Token(body.substring(valueStart, valueEnd), arg.offset() + valueStart);
                if (source.text().isEmpty() || source.text().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                Optional<String> expanded = expand(source, visible);
                if (expanded.isEmpty() || stageIndex(expanded.get()) >= 0
                        || expanded.get().equalsIgnoreCase("scratch")) {
                    continue;
                }
                String value = expanded.get();
                ImageReference.parse(value)
                        .ifPresent(reference -> buildImages.add(new Found(reference, value, locationOf(source))));
            }
        }

        /** Where the value of the {@code from=} option of a mount starts, or -1. */
        private static int mountFrom(String body, int start) {
            int i = start;
            while (i < body.length()) {
                if (body.regionMatches(true, i, "from=", 0, 5)) {
                    return i + 5;
                }
                i = indexOrEnd(body, ',', i) + 1;
            }
            return -1;
        }

        private static int indexOrEnd(String text, char c, int from) {
            int index = text.indexOf(c, from);
            return index < 0 ? text.length() : index;
        }

        private int stageIndex(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < stages.size(); i++) {
                if (lower.equals(stages.get(i).name())) {
                    return i;
                }
            }
            return -1;
        }

        private Location locationOf(Token token) {
            try {
                return file.location(token.offset());
            } catch (ExtractionException e) {
                throw new IllegalStateException("text already decoded", e);
            }
        }

        /** ARG declarations: {@code ARG A}, {@code ARG A=1 B="2"}; a stage's bare ARG takes the global default. */
        private void declareArgs(List<Token> args, Map<String, String> scope) {
            for (Token arg : args) {
                String text = arg.text();
                int equals = text.indexOf('=');
                String name = equals < 0 ? text : text.substring(0, equals);
                if (equals < 0) {
                    scope.put(name, scope == globalArgs ? null : globalArgs.get(name));
                } else {
                    scope.put(name, unquote(text.substring(equals + 1)));
                }
            }
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                return value.substring(1, value.length() - 1);
            }
            return value;
        }

        private Optional<String> expand(Token token, Map<String, String> args) {
            ShellSubstitution expansion = ShellSubstitution.of(token.text(), args,
                    ShellSubstitution.Dialect.DOCKERFILE);
            if (expansion.unresolved() != null) {
                Location at = locationOf(token);
                file.note(at.line(), at.column(), "image \"" + token.text() + "\" needs a value for build argument "
                        + expansion.unresolved() + "; not reported");
                return Optional.empty();
            }
            return Optional.of(expansion.value());
        }
    }
}
