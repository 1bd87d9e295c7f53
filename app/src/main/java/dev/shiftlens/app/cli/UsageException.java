// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

/** The user asked for something that cannot work (bad option, unwritable folder): exit 2 before any work starts. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
