// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/** The input file cannot be used at all (missing, unreadable, empty, no usable row): nothing was stored. */
public final class InputFileException extends StorageException {

    public InputFileException(String userMessage) {
        super(userMessage);
    }

    public InputFileException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
