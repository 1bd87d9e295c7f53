// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.dialog.DialogService;

import java.util.ArrayList;
import java.util.List;

/** Remembers what the user would have been told. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();

    @Override
    public void showError(String title, String userMessage, Throwable error) {
        errors.add(title + ": " + userMessage);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }
}
