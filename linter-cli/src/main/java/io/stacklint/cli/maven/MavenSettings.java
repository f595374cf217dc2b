package io.stacklint.cli.maven;

import io.stacklint.error.StacklintException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;

/** The user's Maven settings, read as Maven reads them: {@code ~/.m2/settings.xml}, or the file named. */
final class MavenSettings {

    private MavenSettings() {
    }

    static Settings load(Optional<Path> file, Path userHome) {
        Path settingsFile = file.orElse(userHome.resolve(".m2").resolve("settings.xml"));
        if (!Files.isRegularFile(settingsFile)) {
            return new Settings();
        }
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest()
                .setUserSettingsFile(settingsFile.toFile())
                .setSystemProperties(System.getProperties());
        try {
            return new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            throw new StacklintException(settingsFile + ": not valid Maven settings: " + e.getMessage().strip(), e);
        }
    }

    /** The settings' {@code localRepository}, else {@code ~/.m2/repository}. */
    static Path localRepository(Settings settings, Path userHome) {
        String configured = settings.getLocalRepository();
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip().replace("${user.home}", userHome.toString()));
        }
        return userHome.resolve(".m2").resolve("repository");
    }

    /** The repositories of the profiles that are active: listed in activeProfiles, or active by default. */
    static List<Repository> repositories(Settings settings) {
        List<Repository> repositories = new ArrayList<>();
        for (Profile profile : settings.getProfiles()) {
            boolean active = settings.getActiveProfiles().contains(profile.getId())
                    || profile.getActivation() != null && profile.getActivation().isActiveByDefault();
            if (active) {
                repositories.addAll(profile.getRepositories());
            }
        }
        return repositories;
    }
}
