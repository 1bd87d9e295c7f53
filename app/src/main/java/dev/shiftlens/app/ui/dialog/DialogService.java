// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.dialog;

/** Shows messages to the user; view models depend on this interface, never on dialogs. */
public interface DialogService {

    /**
     * @param userMessage what went wrong, where, and what to do, in the user's words
     * @param error       the technical cause, behind an expandable "details" section
     */
    void showError(String title, String userMessage, Throwable error);

    void showInformation(String title, String message);
}
