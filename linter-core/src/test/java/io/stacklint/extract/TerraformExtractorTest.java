package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerraformExtractorTest {

    private final TerraformExtractor extractor = new TerraformExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    private ExtractionException refused(String path, String text) {
        return (ExtractionException) catchThrowable(() -> extractor.extract(SourceFile.of(path, text)));
    }

    @Test
    void acceptsConfigurationsButNotDownloadedModulesStateOrVariables() {
        assertThat(extractor.accepts("main.tf")).isTrue();
        assertThat(extractor.accepts("infra/prod/versions.tf")).isTrue();
        assertThat(extractor.accepts("cdktf.out/stacks/edge/cdk.tf.json")).isTrue();
        assertThat(extractor.accepts("override.tf")).isTrue();
        assertThat(extractor.accepts(".terraform/modules/vpc/main.tf")).isFalse();
        assertThat(extractor.accepts("envs/prod/.terraform/modules/vpc/main.tf")).isFalse();
        assertThat(extractor.accepts("live/.terragrunt-cache/x/y/main.tf")).isFalse();
        assertThat(extractor.accepts("prod.tfvars")).isFalse();
        assertThat(extractor.accepts("terraform.tfstate")).isFalse();
        assertThat(extractor.accepts(".terraform.lock.hcl")).isFalse();
        assertThat(extractor.accepts("main.tf.bak")).isFalse();
        assertThat(extractor.accepts("terragrunt.hcl")).isFalse();
    }

    @Test
    void columnsCountTabsAndWideCharactersAsOneCodeUnitEach() throws ExtractionException {
        String text = "# \uD83D\uDE80 launch\r\nterraform {\r\n\trequired_version = \"1.6.0\" # \u00e9\r\n}\r\n"
                + "/* \uD83D\uDE80 */ resource \"aws_s3_bucket\" \"b\" {}\r\n";
        assertThat(extract("main.tf", text)).containsExactly(
                "main.tf:3:2 runtime runtime terraform 1.6.0 runtime",
                "main.tf:5:10 resource terraform aws_s3_bucket - runtime");
    }

    @Test
    void heredocMarkersMayBeIndentedAndInterpolationsMaySpanLines() throws ExtractionException {
        String text = """
                locals {
                  policy = <<-POLICY
                    {"Resource": "${join(",",
                      var.arns)}"}
                    POLICY
                  banner = <<EOT
                resource "aws_db_instance" "fake" {}
                EOT
                }
                resource "aws_iam_policy" "p" {}
                """;
        assertThat(extract("main.tf", text)).containsExactly("main.tf:10:1 resource terraform aws_iam_policy - runtime");
    }

    @Test
    void syntaxErrorsCarryTheirPosition() {
        assertThat(refused("a.tf", "resource \"x\" \"y\" {\n  name = \"a\\q\"\n}\n"))
                .hasMessage("invalid escape sequence \\q in a string")
                .satisfies(e -> assertThat(e.line() + ":" + e.column()).isEqualTo("2:12"));
        assertThat(refused("a.tf", "locals {\n  x = <<EOT\nnever closed\n}\n"))
                .hasMessage("heredoc <<EOT is never closed")
                .satisfies(e -> assertThat(e.line() + ":" + e.column()).isEqualTo("2:7"));
        assertThat(refused("a.tf", "/* open\nresource \"x\" \"y\" {}\n"))
                .hasMessage("comment /* is never closed")
                .satisfies(e -> assertThat(e.line() + ":" + e.column()).isEqualTo("1:1"));
        assertThat(refused("a.tf", "}\n")).hasMessage("unexpected '}'");
        assertThat(refused("a.tf", "locals {\n  a = 1 b = 2\n}\n"))
                .hasMessage("expected a new line after the item, found 'b'")
                .satisfies(e -> assertThat(e.line() + ":" + e.column()).isEqualTo("2:9"));
        assertThat(refused("a.tf", "locals {\n  a = [1, 2\n}\n"))
                .hasMessage("expected ',' or ']', found '}'")
                .satisfies(e -> assertThat(e.line() + ":" + e.column()).isEqualTo("3:1"));
        assertThat(refused("a.tf", "locals {\n  a = f(1,\n"))
                .hasMessage("'(' is never closed by ')'")
                .satisfies(e -> assertThat(e.line() + ":" + e.column()).isEqualTo("2:8"));
        assertThat(refused("a.tf", "locals {\n  a = \"${}\"\n}\n"))
                .hasMessage("expected a value, found '}'");
        assertThat(refused("a.tf", "locals {\n  a = b ?\n}\n"))
                .hasMessage("expected a value after the operator, found '}'");
        assertThat(refused("a.tf", "locals {\n  a = `b`\n}\n")).hasMessage("unexpected character '`'");
        assertThat(refused("a.tf", "resource \"${x}\" \"y\" {}\n"))
                .hasMessage("a block label cannot contain a template");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String brackets = "locals {\n  a = " + "[".repeat(50_000) + "\n}\n";
        assertThat(refused("a.tf", brackets)).hasMessageContaining("nested deeper than");
        String blocks = "a {\n".repeat(50_000);
        assertThat(refused("a.tf", blocks)).hasMessageContaining("nested deeper than");
        String templates = "locals {\n  a = " + "\"${".repeat(50_000) + "\n}\n";
        assertThat(refused("a.tf", templates)).hasMessageContaining("nested deeper than");
        String json = "{\"resource\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        assertThat(refused("a.tf.json", json)).hasMessageContaining("nested deeper than");
    }

    @Test
    void binaryGarbageIsRefusedAsText() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '{'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("main.tf", garbage)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("not valid UTF-8");
        assertThat(refused("main.tf", "resource \u0000 {}")).hasMessage("unexpected character '\u0000'");
    }

    @Test
    void jsonTopLevelMustBeAnObject() {
        assertThat(refused("main.tf.json", "[]")).hasMessage("Terraform JSON must be a JSON object, found an array");
        assertThat(refused("main.tf.json", "{} {}"))
                .hasMessage("unexpected content after the top-level object: an object");
    }

    @Test
    void providerSourcesLoseTheirHostAndDefaultToHashicorp() {
        assertThat(TerraformExtractor.providerSource("aws")).contains("hashicorp/aws");
        assertThat(TerraformExtractor.providerSource("DataDog/datadog")).contains("datadog/datadog");
        assertThat(TerraformExtractor.providerSource("registry.terraform.io/hashicorp/aws")).contains("hashicorp/aws");
        assertThat(TerraformExtractor.providerSource("terraform.example.com:8443/acme/widgets"))
                .contains("acme/widgets");
        assertThat(TerraformExtractor.providerSource("a/b/c/d")).isEmpty();
        assertThat(TerraformExtractor.providerSource("hashicorp/")).isEmpty();
        assertThat(TerraformExtractor.providerSource("has space/aws")).isEmpty();
    }

    @Test
    void onlyRegistryAddressesAreModulePackages() {
        assertThat(TerraformExtractor.registryModule("terraform-aws-modules/rds/aws"))
                .contains("terraform-aws-modules/rds/aws");
        assertThat(TerraformExtractor.registryModule("app.terraform.io/acme/rds/aws")).contains("acme/rds/aws");
        assertThat(TerraformExtractor.registryModule("hashicorp/consul/aws//modules/consul-cluster"))
                .contains("hashicorp/consul/aws");
        assertThat(TerraformExtractor.registryModule("./modules/rds")).isEmpty();
        assertThat(TerraformExtractor.registryModule("../rds")).isEmpty();
        assertThat(TerraformExtractor.registryModule("github.com/hashicorp/example")).isEmpty();
        assertThat(TerraformExtractor.registryModule("github.com/acme/modules/rds")).isEmpty();
        assertThat(TerraformExtractor.registryModule("git@github.com:acme/rds.git")).isEmpty();
        assertThat(TerraformExtractor.registryModule("git::https://example.com/rds.git?ref=v1")).isEmpty();
        assertThat(TerraformExtractor.registryModule("https://example.com/rds.zip")).isEmpty();
        assertThat(TerraformExtractor.registryModule("s3::https://s3.amazonaws.com/b/rds.zip")).isEmpty();
        assertThat(TerraformExtractor.registryModule("gcs::https://www.googleapis.com/storage/v1/b/rds")).isEmpty();
    }

    @Test
    void cloudSqlDatabaseVersionsSplitIntoEngineAndVersion() {
        assertThat(TerraformExtractor.databaseVersion("POSTGRES_15")).containsExactly("postgres", "15");
        assertThat(TerraformExtractor.databaseVersion("MYSQL_8_0")).containsExactly("mysql", "8.0");
        assertThat(TerraformExtractor.databaseVersion("MYSQL_8_0_31")).containsExactly("mysql", "8.0.31");
        assertThat(TerraformExtractor.databaseVersion("SQLSERVER_2019_STANDARD"))
                .containsExactly("sqlserver", "2019");
        assertThat(TerraformExtractor.databaseVersion("POSTGRES")).containsExactly("postgres", null);
    }

    @Test
    void engineTypeAndDatabaseVersionNameTheEngineInJsonToo() throws ExtractionException {
        String json = """
                {"resource": {"google_sql_database_instance": {"db": {"database_version": "MYSQL_5_7"}}},
                 "provider": [{"google": {}}]}
                """;
        assertThat(extract("db.tf.json", json)).containsExactly(
                "db.tf.json:1:48 resource terraform google_sql_database_instance:mysql 5.7 runtime",
                "db.tf.json:2:16 package terraform hashicorp/google - runtime");
    }

    @Test
    void valuesAreShortDeclarations() throws ExtractionException {
        List<Evidence> found = extractor.extract(SourceFile.of("main.tf", """
                terraform {
                  required_version = ">= 1.5"
                  required_providers {
                    aws = { source = "hashicorp/aws", version = "~> 5.0" }
                  }
                }
                resource "aws_db_instance" "db" {
                  engine = "MySQL"
                  engine_version = "8.0"
                }
                """));
        assertThat(found).extracting(Evidence::value)
                .containsExactly("terraform >= 1.5", "hashicorp/aws ~> 5.0", "aws_db_instance:mysql 8.0");
    }
}
