package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Jenkins pipelines ({@code Jenkinsfile}, {@code Jenkinsfile.*}, {@code *.jenkinsfile}): the images of
 * declarative {@code agent { docker ... }} agents and of scripted {@code docker.image('...')} and
 * {@code withDockerContainer} calls, with {@code ${VAR}} filled from literal {@code environment {}} entries and
 * {@code def} variables. A small Groovy tokenizer keeps comments and strings apart from code; shell steps, tool
 * installations and {@code docker.build} give nothing.
 */
public final class JenkinsfileExtractor implements Extractor {

    private static final Set<String> DOCKER_AGENTS = Set.of("docker", "dockerContainer");

    /** Calls on an image object that publish the project's own image rather than run one. */
    private static final Set<String> PUBLISHING = Set.of("push", "tag");

    /** Tokens that continue an expression, so a string before them is not the whole value. */
    private static final Set<String> CONTINUATIONS = Set.of("+", ".", "?", "[", "*", "-", ":");

    private static final int MAX_EXPANSION_DEPTH = 10;

    /** Extensions that make {@code Jenkinsfile.x} a document or an image about the pipeline, not a pipeline. */
    private static final Set<String> NOT_GROOVY = Set.of("md", "markdown", "txt", "rst", "adoc", "html", "png",
            "svg", "jpg", "orig", "bak", "swp");

    @Override
    public String id() {
        return "jenkinsfile";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("Jenkinsfile")) {
            return true;
        }
        if (name.startsWith("Jenkinsfile.") && name.length() > "Jenkinsfile.".length()) {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return !NOT_GROOVY.contains(extension);
        }
        return name.length() > ".jenkinsfile".length()
                && (name.endsWith(".jenkinsfile") || name.endsWith(".Jenkinsfile"));
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        List<GroovyTokens.Token> tokens = GroovyTokens.tokenize(file);
        Map<String, String> variables = new HashMap<>();
        List<GroovyTokens.Token> images = new ArrayList<>();
        scan(file, tokens, variables, images);
        List<Evidence> evidence = new ArrayList<>();
        for (GroovyTokens.Token image : images) {
            String resolved = expand(image.text(), variables, 0);
            var location = file.location(image.start());
            if (resolved == null) {
                file.note(location.line(), location.column(), "image " + image.text()
                        + " uses a variable the Jenkinsfile does not define literally; not checked");
                continue;
            }
            CiSupport.image(location, resolved).ifPresent(evidence::add);
        }
        return List.copyOf(new LinkedHashSet<>(evidence));
    }

    /** One pass over the tokens: block nesting, literal variables, and the image strings in file order. */
    private static void scan(SourceFile file, List<GroovyTokens.Token> tokens, Map<String, String> variables,
            List<GroovyTokens.Token> images) throws ExtractionException {
        Deque<String> blocks = new ArrayDeque<>();
        Deque<GroovyTokens.Token> openBraces = new ArrayDeque<>();
        Deque<String> calls = new ArrayDeque<>();
        String lastCall = null;
        for (int i = 0; i < tokens.size(); i++) {
            GroovyTokens.Token token = tokens.get(i);
            GroovyTokens.Token previous = i > 0 ? tokens.get(i - 1) : null;
            if (token.is("(")) {
                calls.push(previous != null && previous.isIdentifier() ? previous.text() : "");
                continue;
            }
            if (token.is(")")) {
                lastCall = calls.isEmpty() ? null : calls.pop();
                continue;
            }
            if (token.is("{")) {
                String label = "";
                if (previous != null && previous.isIdentifier()) {
                    label = previous.text();
                } else if (previous != null && previous.is(")") && lastCall != null) {
                    label = lastCall;
                }
                blocks.push(label);
                openBraces.push(token);
                continue;
            }
            if (token.is("}")) {
                if (blocks.isEmpty()) {
                    var at = file.location(token.start());
                    throw new ExtractionException(at.line(), at.column(), "unbalanced '}'");
                }
                blocks.pop();
                openBraces.pop();
                continue;
            }
            if (!token.isIdentifier() || previous != null && previous.is(".")) {
                continue;
            }
            String block = blocks.isEmpty() ? "" : blocks.peek();
            String parent = blocks.size() < 2 ? "" : blocks.stream().skip(1).findFirst().orElse("");
            if (block.equals("environment") || previous != null && previous.is("def")) {
                literalAssignment(tokens, i).ifPresent(value -> variables.put(token.text(), value));
            }
            if (token.is("image") && DOCKER_AGENTS.contains(block) && parent.equals("agent")
                    || DOCKER_AGENTS.contains(token.text()) && block.equals("agent")
                    || token.is("withDockerContainer")) {
                argument(tokens, i + 1).ifPresent(images::add);
            } else if (token.is("docker") && at(tokens, i + 1, ".") && at(tokens, i + 2, "image")
                    && at(tokens, i + 3, "(") && i + 4 < tokens.size() && tokens.get(i + 4).isString()
                    && at(tokens, i + 5, ")")
                    && !(at(tokens, i + 6, ".") && i + 7 < tokens.size()
                            && PUBLISHING.contains(tokens.get(i + 7).text()))) {
                images.add(tokens.get(i + 4));
            }
        }
        if (!openBraces.isEmpty()) {
            var at = file.location(openBraces.peek().start());
            throw new ExtractionException(at.line(), at.column(), "'{' is never closed");
        }
    }

    /** {@code NAME = 'literal'}: the literal, when the string is the whole value. */
    private static Optional<String> literalAssignment(List<GroovyTokens.Token> tokens, int name) {
        if (at(tokens, name + 1, "=") && name + 2 < tokens.size() && tokens.get(name + 2).isString()
                && !(name + 3 < tokens.size() && CONTINUATIONS.contains(tokens.get(name + 3).text())
                        && !tokens.get(name + 3).isString())) {
            return Optional.of(tokens.get(name + 2).text());
        }
        return Optional.empty();
    }

    /** The string argument of a command call: {@code step 'x'}, {@code step('x')} or {@code step(image: 'x')}. */
    private static Optional<GroovyTokens.Token> argument(List<GroovyTokens.Token> tokens, int from) {
        int i = from;
        if (at(tokens, i, "(")) {
            i++;
            if (at(tokens, i, "image") && at(tokens, i + 1, ":")) {
                i += 2;
            }
        }
        if (i < tokens.size() && tokens.get(i).isString()
                && !(i + 1 < tokens.size() && !tokens.get(i + 1).isString()
                        && (tokens.get(i + 1).is("+") || tokens.get(i + 1).is(".")))) {
            return Optional.of(tokens.get(i));
        }
        return Optional.empty();
    }

    private static boolean at(List<GroovyTokens.Token> tokens, int index, String text) {
        return index < tokens.size() && !tokens.get(index).isString() && tokens.get(index).text().equals(text);
    }

    /**
     * Fills {@code ${NAME}}, {@code ${env.NAME}} and {@code $NAME} from the literal variables; null when any other
     * expression, or a name without a literal value, remains.
     */
    private static String expand(String text, Map<String, String> variables, int depth) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        if (depth >= MAX_EXPANSION_DEPTH) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            String name;
            int next;
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    return null;
                }
                name = text.substring(i + 2, end).strip();
                if (name.startsWith("env.")) {
                    name = name.substring(4);
                }
                next = end + 1;
            } else {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                        || text.charAt(end) == '_')) {
                    end++;
                }
                name = text.substring(i + 1, end);
                next = end;
            }
            String value = variables.get(name);
            if (value == null) {
                return null;
            }
            String inner = expand(value, variables, depth + 1);
            if (inner == null) {
                return null;
            }
            out.append(inner);
            i = next;
        }
        return out.toString();
    }
}
