package io.stacklint.engine;

import io.stacklint.catalog.Catalog;
import io.stacklint.catalog.CatalogLoader;
import io.stacklint.radar.Lifecycles;
import io.stacklint.radar.LifecyclesLoader;
import io.stacklint.radar.Radar;
import io.stacklint.radar.RadarLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The catalog, default rating list and end-of-life facts of the rules module, read once per process: they are
 * immutable, so every Linter shares them. They come from the form {@link CompiledRules} made at build time when it
 * still matches the rules on the class path, and from the YAML otherwise.
 */
record ShippedRules(Catalog catalog, Radar radar, Lifecycles lifecycles) {

    private static CompletableFuture<ShippedRules> loading;

    /** Starts reading on another thread, so that a front end can parse its command line meanwhile. */
    static synchronized CompletableFuture<ShippedRules> start() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    loading.complete(read());
                } catch (Throwable e) {
                    loading.completeExceptionally(e);
                }
            }, "stacklint-defaults");
            thread.setDaemon(true);
            thread.start();
        }
        return loading;
    }

    static ShippedRules get() {
        try {
            return start().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static ShippedRules read() {
        return CompiledRules.read(ShippedRules.class.getClassLoader()).orElseGet(ShippedRules::fromYaml);
    }

    /** The rules parsed and checked from their YAML: the source of truth, and what the compiled form is made of. */
    static ShippedRules fromYaml() {
        Catalog catalog = CatalogLoader.loadDefault();
        return new ShippedRules(catalog, RadarLoader.loadDefault(catalog.ids()),
                LifecyclesLoader.loadDefault(catalog.ids()));
    }
}
