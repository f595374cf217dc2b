package io.stacklint.radar;

import java.io.IOException;
import java.net.URI;

/** Brings a radar published at an https URL; a port so tests and offline runs never touch the network. */
public interface RadarFetcher {

    /**
     * The bytes at {@code uri}.
     *
     * @param offline use only what is cached, never the network
     * @throws IOException with a message fit for the user when the radar cannot be had
     */
    byte[] fetch(URI uri, boolean offline) throws IOException;

    /** A fetcher for runs that must not fetch anything. */
    static RadarFetcher none() {
        return (uri, offline) -> {
            throw new IOException("radars at URLs cannot be fetched here");
        };
    }
}
