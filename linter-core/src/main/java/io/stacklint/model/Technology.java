package io.stacklint.model;

import java.util.List;
import java.util.Objects;

/**
 * A technology the catalog knows: its stable public id, display name and category, and the technologies its use
 * implies (express implies nodejs-backend).
 */
public record Technology(String id, String name, String category, String homepage, List<String> implies) {

    public Technology {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        implies = List.copyOf(implies);
    }
}
