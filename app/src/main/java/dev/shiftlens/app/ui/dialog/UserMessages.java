// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.dialog;

import dev.shiftlens.storage.StorageException;

/** Finds the user-facing message of a failure: our exceptions carry one; others get a generic sentence. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String of(Throwable error, String fallback) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StorageException storage) {
                return storage.userMessage();
            }
            if (cause instanceof WorkbenchException workbench) {
                return workbench.userMessage();
            }
        }
        return fallback + (error.getMessage() == null ? "" : " (" + error.getMessage() + ")");
    }
}
