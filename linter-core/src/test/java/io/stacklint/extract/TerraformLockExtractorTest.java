package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerraformLockExtractorTest {

    private final TerraformLockExtractor extractor = new TerraformLockExtractor();

    private List<String> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(".terraform.lock.hcl", text)).stream()
                .map(ExtractorFixturesTest::render).toList();
    }

    @Test
    void acceptsOnlyTheLockFileOutsideDownloadFolders() {
        assertThat(extractor.accepts(".terraform.lock.hcl")).isTrue();
        assertThat(extractor.accepts("infra/prod/.terraform.lock.hcl")).isTrue();
        assertThat(extractor.accepts("infra/.terraform/modules/x/.terraform.lock.hcl")).isFalse();
        assertThat(extractor.accepts("live/.terragrunt-cache/a/b/.terraform.lock.hcl")).isFalse();
        assertThat(extractor.accepts("terraform.lock.hcl")).isFalse();
        assertThat(extractor.accepts("main.tf")).isFalse();
    }

    @Test
    void onlyTopLevelProviderBlocksWithAnAddressCount() throws ExtractionException {
        assertThat(extract("""
                provider "registry.terraform.io/hashicorp/aws" {
                  version = "5.31.0"
                  nested "registry.terraform.io/hashicorp/oracle" { version = "1.0.0" }
                }
                provider "not an address" { version = "1.0.0" }
                provider { version = "1.0.0" }
                module "registry.terraform.io/hashicorp/mysql" { version = "1.0.0" }
                provider "registry.terraform.io/HashiCorp/Google" {
                  version = "5.1.0"
                }
                """)).containsExactly(
                ".terraform.lock.hcl:1:1 package terraform hashicorp/aws 5.31.0 runtime",
                ".terraform.lock.hcl:8:1 package terraform hashicorp/google 5.1.0 runtime");
    }

    @Test
    void hostileInputIsRefusedWithAPosition() {
        Throwable deep = catchThrowable(() -> extract("provider \"a/b\" {\n  hashes = " + "[".repeat(100_000)));
        assertThat(deep).isInstanceOf(ExtractionException.class).hasMessageContaining("nested deeper than");
        Throwable open = catchThrowable(() -> extract("provider \"registry.terraform.io/hashicorp/aws\" {\n"));
        assertThat(open).isInstanceOf(ExtractionException.class)
                .hasMessage("the '{' of block 'provider' is never closed");
        assertThat(((ExtractionException) open).column()).isEqualTo(48);
    }
}
