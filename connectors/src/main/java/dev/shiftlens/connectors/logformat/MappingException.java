// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

/** A mapping cannot be inferred or is incomplete; the message says what was found and how to write {@code --map}. */
public final class MappingException extends RuntimeException {

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
