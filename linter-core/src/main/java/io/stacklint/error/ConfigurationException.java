package io.stacklint.error;

import io.stacklint.model.Location;

/** A configuration or radar file the user wrote is wrong at a known place; the message starts with that place. */
public class ConfigurationException extends StacklintException {

    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public ConfigurationException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public ConfigurationException(Location location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
