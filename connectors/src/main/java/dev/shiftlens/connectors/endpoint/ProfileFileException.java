// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

/** A profile file cannot be used; the message names the file, the profile and the field, and the fix. */
public final class ProfileFileException extends RuntimeException {

    public ProfileFileException(String message) {
        super(message);
    }
}
