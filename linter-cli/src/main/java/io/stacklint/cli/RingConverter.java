package io.stacklint.cli;

import io.stacklint.model.Ring;
import picocli.CommandLine;

/** Reads a ring as users write it ({@code avoid}, {@code Sunsetting}), naming the rings when it is not one. */
final class RingConverter implements CommandLine.ITypeConverter<Ring> {

    @Override
    public Ring convert(String value) {
        return Ring.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown ring '" + value + "'; rings are " + Ring.names()));
    }
}
