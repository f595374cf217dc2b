package io.stacklint.catalog;

import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;

/**
 * One way a technology shows up: a kind of evidence, its ecosystem, and a name or name pattern.
 *
 * @param versioned true when the evidence's version is the technology's own version (the mysql image, the rails
 *                  gem), false when it is the version of something else (a MySQL driver, a setup action)
 * @param at        where the catalog declares it
 */
public record Signature(EvidenceKind kind, String ecosystem, String name, String technology, boolean versioned,
        Location at) {
}
