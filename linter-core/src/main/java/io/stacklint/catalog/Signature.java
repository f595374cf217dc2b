package io.stacklint.catalog;

import io.stacklint.model.EvidenceKind;

/** One way a technology shows up: a kind of evidence, its ecosystem, and a name or name pattern. */
record Signature(EvidenceKind kind, String ecosystem, String name, String technology) {
}
