package io.stacklint.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stacklint.catalog.CatalogLoader;
import io.stacklint.error.StacklintException;
import io.stacklint.policy.ConfigurationLoader;
import io.stacklint.radar.LifecyclesLoader;
import io.stacklint.radar.RadarLoader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The loaders of the YAML files users write (configuration, radar, end-of-life data, catalog): for any text, a
 * value or a {@link StacklintException} naming the file, line and column (exit 2), never another exception.
 */
class YamlLoaderFuzzTest {

    /** A few real ids: loading the whole catalog under the fuzzer's instrumentation costs most of a minute. */
    private static final Set<String> IDS = Set.of("mysql", "postgresql", "express", "nodejs-backend", "java");

    @FuzzTest
    void configuration(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        refusedCleanly(() -> ConfigurationLoader.parse(".stacklint.yml", text));
    }

    @FuzzTest
    void radar(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        refusedCleanly(() -> RadarLoader.parse("radar.yml", text, IDS));
    }

    @FuzzTest
    void lifecycles(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        refusedCleanly(() -> LifecyclesLoader.parse("eol.yml", text, IDS));
    }

    @FuzzTest
    void catalog(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        refusedCleanly(() -> CatalogLoader.parse("catalog.yml", text));
    }

    private static void refusedCleanly(Runnable load) {
        try {
            load.run();
        } catch (StacklintException expected) {
            // the user's own file is wrong: one clear message and exit 2 is the promised outcome
        }
    }
}
