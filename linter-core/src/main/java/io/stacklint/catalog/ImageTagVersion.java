package io.stacklint.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release an image tag names. Tags carry a variant after the release ({@code 14-alpine},
 * {@code 1.20.7-alpine3.17}, {@code 3.3.6-node-browsers}, {@code 1.18.3-erlang-27.1-debian-bookworm-slim}); the
 * technology's version is the release alone, so an inventory lists PostgreSQL 14 once, not 14 and 14-alpine.
 */
final class ImageTagVersion {

    /** A leading release number, optionally after a {@code v}, followed by a dash and the variant. */
    private static final Pattern RELEASE_AND_VARIANT = Pattern.compile("(v?\\d+(?:\\.\\d+)*)-[A-Za-z].*");

    private ImageTagVersion() {
    }

    /** The release part of a tag; a tag that is not a release and a variant ({@code latest}, {@code 7.2}) as is. */
    static String release(String tag) {
        Matcher matcher = RELEASE_AND_VARIANT.matcher(tag);
        return matcher.matches() ? matcher.group(1) : tag;
    }
}
