// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/**
 * A failure of the run store, with a message written for the user (what went wrong, where, what
 * to do) kept apart from the technical cause.
 */
public class StorageException extends RuntimeException {

    private final String userMessage;

    public StorageException(String userMessage, Throwable cause) {
        super(userMessage + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.userMessage = userMessage;
    }

    public StorageException(String userMessage) {
        this(userMessage, null);
    }

    public String userMessage() {
        return userMessage;
    }
}
