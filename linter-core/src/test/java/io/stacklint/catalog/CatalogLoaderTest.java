package io.stacklint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.error.ConfigurationException;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import io.stacklint.model.Technology;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoaderTest {

    /** Loaded on first use, so the loader's own tests still run when the shipped catalog is broken. */
    private static final class Shipped {
        static final Catalog CATALOG = CatalogLoader.loadDefault();
    }

    /** The ids of every technology one piece of evidence proves, directly or through an implication. */
    private static Set<String> detected(Evidence evidence) {
        return detected(Shipped.CATALOG, evidence);
    }

    private static Set<String> detected(Catalog catalog, Evidence evidence) {
        return new Detector(catalog).detect(List.of(evidence)).stream().map(d -> d.technology().id())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Evidence image(String name) {
        return new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", name, null,
                new Location("docker-compose.yml", 3, 12), name, Scope.RUNTIME, List.of());
    }

    private static Evidence pkg(String ecosystem, String name) {
        return Evidence.ofPackage(ecosystem, name, "1.0", new Location("deps", 1, 1), name, Scope.RUNTIME);
    }

    private static Evidence npm(String name, String version, int line, Scope scope) {
        return Evidence.ofPackage("npm", name, version, new Location("package.json", line, 5),
                name + "@" + version, scope);
    }

    // --- images ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "mysql, mysql",
            "bitnami/mysql, mysql",
            "mysql/mysql-server, mysql",
            "registry.example.com:5000/team/rabbitmq, rabbitmq",
            "team/rabbitmq, rabbitmq",
            "docker.io/library/postgres, postgresql",
            "ghcr.io/acme/mirror/bitnami/mariadb, mariadb",
            "MySQL, mysql",
    })
    void imagesMatchByTheirTrailingPathSegments(String name, String technology) {
        assertThat(detected(image(name))).containsExactly(technology);
    }

    @Test
    void anImageWhoseLastSegmentOnlyStartsWithAKnownNameIsNothing() {
        assertThat(detected(image("myorg/mysql-exporter"))).isEmpty();
        assertThat(detected(image("prom/mysqld-exporter"))).isEmpty();
        assertThat(detected(image("mysql/other"))).isEmpty();
    }

    @Test
    void anImageNameIsNotAPackageName() {
        assertThat(detected(pkg("npm", "bitnami/mysql"))).isEmpty();
        assertThat(detected(pkg("maven", "mysql"))).isEmpty();
    }

    // --- packages ----------------------------------------------------------------------------------------------

    @Test
    void packagesMatchWithinTheirOwnEcosystem() {
        assertThat(detected(pkg("maven", "com.mysql:mysql-connector-j"))).containsExactly("mysql");
        assertThat(detected(pkg("npm", "mysql2"))).containsExactly("mysql");
        assertThat(detected(pkg("hex", "myxql"))).containsExactly("mysql");
        assertThat(detected(pkg("gem", "myxql"))).isEmpty();
    }

    @Test
    void wildcardSignaturesMatchWholeFamiliesOfPackages() {
        // KMS has no entry of its own (S3 has: aws-s3), so only the family's wildcard matches
        assertThat(detected(pkg("maven", "software.amazon.awssdk:kms"))).containsExactly("aws");
        assertThat(detected(pkg("npm", "@aws-sdk/client-kms"))).containsExactly("aws");
        assertThat(detected(pkg("gem", "aws-sdk-kms"))).containsExactly("aws");
        assertThat(detected(pkg("nuget", "AWSSDK.KeyManagementService"))).containsExactly("aws");
        assertThat(detected(pkg("npm", "@aws-sdk/client-s3"))).containsExactly("aws", "aws-s3");
    }

    @Test
    void wildcardSignaturesDoNotMatchLookalikes() {
        assertThat(detected(pkg("maven", "software.amazon.awssdk.crt:aws-crt"))).isEmpty();
        assertThat(detected(pkg("npm", "@aws-sdkx/client-s3"))).isEmpty();
        assertThat(detected(pkg("npm", "aws-sdk-mock"))).isEmpty();
    }

    @Test
    void pypiNamesCompareIgnoringCaseAndSeparators() {
        assertThat(detected(pkg("pypi", "PyMySQL"))).containsExactly("mysql");
        assertThat(detected(pkg("pypi", "pymysql"))).containsExactly("mysql");
        assertThat(detected(pkg("pypi", "mysql_connector.Python"))).containsExactly("mysql");
        assertThat(detected(pkg("pypi", "Boto3"))).containsExactly("aws");
    }

    @Test
    void npmNamesAreCaseSensitive() {
        assertThat(detected(pkg("npm", "Express"))).isEmpty();
        assertThat(detected(pkg("npm", "express"))).containsExactlyInAnyOrder("express", "nodejs-backend", "nodejs");
    }

    // --- files -------------------------------------------------------------------------------------------------

    @Test
    void aFileSignatureWithAFolderIsAnchoredAtTheRoot() {
        assertThat(Shipped.CATALOG.matchFile(".circleci/config.yml")).containsExactly("circleci");
        assertThat(Shipped.CATALOG.matchFile("docs/.circleci/config.yml")).isEmpty();
        assertThat(Shipped.CATALOG.matchFile(".circleci/config.yaml")).isEmpty();
    }

    @Test
    void aFileSignatureWithoutAFolderMatchesInAnyFolder() {
        assertThat(Shipped.CATALOG.matchFile("mix.exs")).containsExactly("elixir");
        assertThat(Shipped.CATALOG.matchFile("services/api/mix.exs")).containsExactly("elixir");
        assertThat(Shipped.CATALOG.matchFile("services/api/mix.exs.orig")).isEmpty();
        assertThat(Shipped.CATALOG.matchFile("services/api/my-mix.exs")).isEmpty();
    }

    @Test
    void aFileSignatureWithWildcardsMatchesAcrossFolders() {
        assertThat(Shipped.CATALOG.matchFile("roles/web/tasks/main.yml")).containsExactly("ansible");
        assertThat(Shipped.CATALOG.matchFile("deploy/ansible/roles/db/tasks/main.yaml")).containsExactly("ansible");
        assertThat(Shipped.CATALOG.matchFile("roles/web/handlers/main.yml")).isEmpty();
        assertThat(Shipped.CATALOG.matchFile("roles/tasks/main.yml")).isEmpty();
        assertThat(Shipped.CATALOG.matchFile(".ebextensions/01-packages.config")).containsExactly("aws");
        assertThat(Shipped.CATALOG.matchFile(".ebextensions/nested/01.config")).isEmpty();
        assertThat(Shipped.CATALOG.matchFile("services/api/.github/workflows/ci.yml")).containsExactly("github-actions");
    }

    // --- the shipped catalog -----------------------------------------------------------------------------------

    @Test
    void theDefaultCatalogKnowsItsTechnologiesByIdInOrder() {
        List<String> ids = Shipped.CATALOG.technologies().stream().map(Technology::id).toList();

        assertThat(ids).isSorted().contains("mysql", "express", "nodejs-backend", "nodejs", "aws");
        assertThat(Shipped.CATALOG.ids()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(Shipped.CATALOG.technology("mysql").orElseThrow().name()).isEqualTo("MySQL");
        assertThat(Shipped.CATALOG.technology("express").orElseThrow().implies()).containsExactly("nodejs-backend");
        assertThat(Shipped.CATALOG.technology("oracle")).isEmpty();
    }

    @Test
    void everyImpliedTechnologyOfTheDefaultCatalogExists() {
        for (Technology technology : Shipped.CATALOG.technologies()) {
            assertThat(Shipped.CATALOG.ids()).as("what %s implies", technology.id()).containsAll(technology.implies());
        }
    }

    // --- loader validation -------------------------------------------------------------------------------------

    private static ConfigurationException refused(String text) {
        try {
            CatalogLoader.parse("catalog.yml", text);
        } catch (ConfigurationException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigurationException for:\n" + text);
    }

    @Test
    void parsesAMinimalCatalog() {
        Catalog catalog = CatalogLoader.parse("catalog.yml", """
                technologies:
                  cockroachdb:
                    name: CockroachDB
                    category: database
                    images: [cockroachdb/cockroach]
                    packages:
                      go: [github.com/cockroachdb/cockroach-go*]
                """);

        assertThat(catalog.ids()).containsExactly("cockroachdb");
        assertThat(detected(catalog, image("cockroachdb/cockroach"))).containsExactly("cockroachdb");
        assertThat(detected(catalog, pkg("go", "github.com/cockroachdb/cockroach-go/v2"))).containsExactly("cockroachdb");
        assertThat(catalog.technology("cockroachdb").orElseThrow().homepage()).isNull();
    }

    @Test
    void aMistypedKeyInAnEntryIsRefusedWithTheKeyMeant() {
        ConfigurationException error = refused(
                "technologies:\n  mysql:\n    name: MySQL\n    category: database\n    image: [mysql]\n");

        assertThat(error).hasMessage("catalog.yml:5:5: unknown key 'image' in technology 'mysql'; did you mean 'images'?");
    }

    @Test
    void anUnknownEcosystemIsRefused() {
        ConfigurationException error = refused(
                "technologies:\n  mysql:\n    name: MySQL\n    category: database\n    packages:\n      pip: [pymysql]\n");

        assertThat(error.getMessage()).startsWith("catalog.yml:6:7: unknown key 'pip' in packages of 'mysql'");
    }

    @Test
    void anIdThatIsNotKebabCaseIsRefused() {
        ConfigurationException error = refused("technologies:\n  MySQL:\n    name: MySQL\n    category: database\n");

        assertThat(error).hasMessage("catalog.yml:2:3: technology id 'MySQL' is not lowercase kebab-case");
    }

    @Test
    void anImpliedTechnologyMustExist() {
        ConfigurationException error = refused(
                "technologies:\n  express:\n    name: Express\n    category: framework\n    implies: [node-backend]\n");

        assertThat(error.getMessage()).isEqualTo(
                "catalog.yml:5:14: technology 'express' implies unknown technology 'node-backend'");
    }

    @Test
    void anIdDefinedInTwoFilesIsRefusedAtTheSecond() {
        var files = new java.util.LinkedHashMap<String, String>();
        files.put("catalog/data.yml", "technologies:\n  redis:\n    name: Redis\n    category: key-value store\n");
        files.put("catalog/cloud.yml", "technologies:\n\n  redis:\n    name: Redis\n    category: cache\n");

        assertThatThrownBy(() -> CatalogLoader.load(files)).isInstanceOf(ConfigurationException.class)
                .hasMessage("catalog/cloud.yml:3:3: technology 'redis' is already defined at catalog/data.yml:2:3");
    }

    @Test
    void aSignatureClaimedByTwoTechnologiesIsRefused() {
        ConfigurationException error = refused("""
                technologies:
                  mysql:
                    name: MySQL
                    category: database
                    clients:
                      maven: [com.mysql:mysql-connector-j, org.mariadb.jdbc:mariadb-java-client]
                  mariadb:
                    name: MariaDB
                    category: database
                    clients:
                      pypi: [mariadb]
                      maven: [org.mariadb.jdbc:mariadb-java-client]
                """);

        assertThat(error).hasMessage("catalog.yml:12:15: 'org.mariadb.jdbc:mariadb-java-client' of 'mariadb' is"
                + " already claimed by 'mysql' at catalog.yml:6:44; a signature belongs to one technology");
    }

    @Test
    void pypiSignaturesClashAsPypiComparesNames() {
        assertThat(refused("""
                technologies:
                  mysql:
                    name: MySQL
                    category: database
                    clients:
                      pypi: [mysql-connector-python, MySQL_Connector.Python]
                """)).hasMessageContaining("already claimed by 'mysql'");
    }

    @Test
    void anEntryNeedsANameAndACategory() {
        assertThat(refused("technologies:\n  mysql:\n    category: database\n"))
                .hasMessage("catalog.yml:3:5: technology 'mysql' needs a name");
        assertThat(refused("technologies:\n  mysql:\n    name: MySQL\n"))
                .hasMessage("catalog.yml:3:5: technology 'mysql' needs a category");
    }

    @Test
    void aDuplicateIdIsRefused() {
        ConfigurationException error = refused("technologies:\n  mysql:\n    name: A\n    category: db\n"
                + "  mysql:\n    name: B\n    category: db\n");

        assertThat(error).hasMessage("catalog.yml:5:3: duplicate key 'mysql'");
    }

    @Test
    void aCatalogWithoutTechnologiesIsRefused() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yml", ""))
                .hasMessageContaining("catalog.yml:1:1")
                .hasMessageContaining("'technologies'");
    }

    // --- detector ----------------------------------------------------------------------------------------------

    private static Map<String, Detector.Detected> detect(Evidence... evidence) {
        return new Detector(Shipped.CATALOG).detect(List.of(evidence)).stream()
                .collect(Collectors.toMap(d -> d.technology().id(), Function.identity()));
    }

    @Test
    void expressAmongDependenciesImpliesANodeBackendAndNode() {
        Evidence express = npm("express", "^4.18.2", 7, Scope.RUNTIME);

        Map<String, Detector.Detected> detected = detect(express);

        assertThat(detected).containsOnlyKeys("express", "nodejs-backend", "nodejs");
        assertThat(detected.get("nodejs-backend").evidence()).containsExactly(express);
        assertThat(detected.get("nodejs").evidence()).containsExactly(express);
        assertThat(detected.get("express").evidence()).containsExactly(express);
    }

    @Test
    void expressAmongDevDependenciesImpliesNothing() {
        Map<String, Detector.Detected> detected = detect(npm("express", "^4.18.2", 12, Scope.DEVELOPMENT));

        assertThat(detected).containsOnlyKeys("express");
    }

    @Test
    void anImpliedTechnologyDoesNotInheritTheImplyingPackagesVersions() {
        Map<String, Detector.Detected> detected = detect(npm("express", "4.18.2", 7, Scope.RUNTIME));

        assertThat(detected.get("express").versions()).containsExactly("4.18.2");
        assertThat(detected.get("nodejs-backend").versions()).isEmpty();
        assertThat(detected.get("nodejs").versions()).isEmpty();
    }

    @Test
    void impliedEvidenceJoinsDirectEvidenceInLocationOrder() {
        Evidence engine = new Evidence(EvidenceKind.RUNTIME, "runtime", "node", ">=18",
                new Location("package.json", 3, 5), "node@>=18", Scope.RUNTIME, List.of());
        Evidence express = npm("express", "^4.18.2", 7, Scope.RUNTIME);

        Map<String, Detector.Detected> detected = detect(express, engine);

        assertThat(detected.get("nodejs").evidence()).containsExactly(engine, express);
        assertThat(detected.get("nodejs").versions()).containsExactly(">=18");
    }
}
