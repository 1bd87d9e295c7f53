// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.log;

/** A log file cannot be used at all; the message names the file and the fix. */
public final class LogFileException extends RuntimeException {

    public LogFileException(String message) {
        super(message);
    }
}
