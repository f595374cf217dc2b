package io.stacklint.cli;

import io.stacklint.error.StacklintException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The list of targets an audit works through: the command line's, then a --repos file's, and a shard of it. */
final class AuditTargets {

    private AuditTargets() {
    }

    /**
     * The command line's targets followed by the file's lines, blank lines and {@code #} comments left out.
     *
     * @throws StacklintException when the file cannot be read
     */
    static List<String> read(List<String> targets, Optional<Path> file) {
        List<String> all = new ArrayList<>(targets);
        if (file.isPresent()) {
            try {
                for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
                    String target = line.replaceFirst("(^|\\s)#.*$", "").strip();
                    if (!target.isEmpty()) {
                        all.add(target);
                    }
                }
            } catch (IOException e) {
                throw new StacklintException(file.get() + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return all;
    }

    /**
     * Every N-th target starting with the K-th (1-based): with the same list, the N shards together audit every
     * target exactly once whatever the list's length.
     */
    record Shard(int k, int n) {

        static final Shard ALL = new Shard(1, 1);
        private static final Pattern FORM = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

        static Optional<Shard> parse(String text) {
            Matcher matcher = FORM.matcher(text.strip());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int k = Integer.parseInt(matcher.group(1));
            int n = Integer.parseInt(matcher.group(2));
            return k >= 1 && k <= n ? Optional.of(new Shard(k, n)) : Optional.empty();
        }

        /** This shard's targets, each with its 1-based position in the whole list. */
        List<Map.Entry<Integer, String>> of(List<String> targets) {
            List<Map.Entry<Integer, String>> mine = new ArrayList<>();
            for (int i = k - 1; i < targets.size(); i += n) {
                mine.add(Map.entry(i + 1, targets.get(i)));
            }
            return mine;
        }
    }
}
