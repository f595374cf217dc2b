package io.stacklint.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A technology the catalog knows: its stable public id, display name and category, the technologies its use
 * implies (express implies nodejs-backend), and other names people give it (Postgres, k8s) for matching the
 * entries of imported radars.
 */
public record Technology(String id, String name, String category, String homepage, List<String> implies,
        List<String> aliases) {

    public Technology {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        implies = List.copyOf(implies);
        aliases = List.copyOf(aliases);
    }

    /** A technology known by its name alone. */
    public Technology(String id, String name, String category, String homepage, List<String> implies) {
        this(id, name, category, homepage, implies, List.of());
    }

    /**
     * How a name compares with the id, name and aliases of technologies: case, spaces and punctuation ignored
     * ({@code Node.js}, {@code nodejs} and {@code NodeJS} are one name), but not {@code +} and {@code #} (C++, C#).
     */
    public static String nameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#') {
                key.append(c);
            }
        }
        return key.toString();
    }
}
