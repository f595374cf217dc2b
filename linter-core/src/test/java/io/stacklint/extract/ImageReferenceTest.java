package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    private static ImageReference parsed(String text) {
        Optional<ImageReference> reference = ImageReference.parse(text);
        assertThat(reference).as("a reference parsed from %s", text).isPresent();
        return reference.get();
    }

    @Test
    void aBareOfficialImage() {
        assertThat(parsed("postgres")).isEqualTo(new ImageReference(null, "postgres", null, null));
    }

    @Test
    void anOfficialImageWithATag() {
        assertThat(parsed("mysql:5.7")).isEqualTo(new ImageReference(null, "mysql", "5.7", null));
    }

    @Test
    void dockerHubsRegistryAndLibraryPrefixWithTagAndDigest() {
        assertThat(parsed("docker.io/library/redis:7@" + DIGEST))
                .isEqualTo(new ImageReference("docker.io", "redis", "7", DIGEST));
    }

    @Test
    void aDigestWithoutATag() {
        assertThat(parsed("redis@" + DIGEST)).isEqualTo(new ImageReference(null, "redis", null, DIGEST));
    }

    @Test
    void theLibraryPrefixAloneIsDockerHub() {
        assertThat(parsed("library/redis:7-alpine")).isEqualTo(new ImageReference(null, "redis", "7-alpine", null));
    }

    @Test
    void theLibraryPrefixOnAnotherRegistryIsKept() {
        assertThat(parsed("registry.example.com/library/redis"))
                .isEqualTo(new ImageReference("registry.example.com", "library/redis", null, null));
    }

    @Test
    void aRegistryWithAPortIsNotATag() {
        assertThat(parsed("localhost:5000/app")).isEqualTo(new ImageReference("localhost:5000", "app", null, null));
        assertThat(parsed("registry.example.com:5000/team/rabbitmq:3-management"))
                .isEqualTo(new ImageReference("registry.example.com:5000", "team/rabbitmq", "3-management", null));
    }

    @Test
    void localhostWithoutAPortIsARegistry() {
        assertThat(parsed("localhost/app:dev")).isEqualTo(new ImageReference("localhost", "app", "dev", null));
    }

    @Test
    void aRegistryIsOnlyAFirstSegmentWithADotOrAPort() {
        assertThat(parsed("ghcr.io/owner/img:tag")).isEqualTo(new ImageReference("ghcr.io", "owner/img", "tag", null));
        assertThat(parsed("bitnami/mysql:8.0")).isEqualTo(new ImageReference(null, "bitnami/mysql", "8.0", null));
    }

    @Test
    void theRepositoryIsLowercase() {
        ImageReference reference = parsed("Bitnami/MySQL:8.0-DEBIAN");

        assertThat(reference.repository()).isEqualTo("bitnami/mysql");
        assertThat(reference.tag()).isEqualTo("8.0-DEBIAN");
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(parsed("  postgres:16  ")).isEqualTo(new ImageReference(null, "postgres", "16", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${IMAGE}", "$IMAGE", "${REGISTRY}/app:1", "postgres:${PG_VERSION}", "", "   ",
            "postgres:", "postgres 16"})
    void textThatIsNotAResolvedImageReferenceIsNothing(String text) {
        assertThat(ImageReference.parse(text)).isEmpty();
    }

    @Test
    void nullIsNothing() {
        assertThat(ImageReference.parse(null)).isEmpty();
    }
}
