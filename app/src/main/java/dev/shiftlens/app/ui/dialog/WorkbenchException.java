// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.dialog;

/** A failure the workbench itself detects, with a message written for the user. */
public final class WorkbenchException extends RuntimeException {

    public WorkbenchException(String userMessage) {
        super(userMessage);
    }

    public String userMessage() {
        return getMessage();
    }
}
