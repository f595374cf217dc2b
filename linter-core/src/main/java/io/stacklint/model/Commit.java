package io.stacklint.model;

import java.time.Instant;
import java.util.Objects;

/** A git commit as reports name it: its full id, its author date and its author's name. */
public record Commit(String id, Instant date, String author) {

    public Commit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
    }
}
