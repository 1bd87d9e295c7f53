// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.storage.RunStore;
import dev.shiftlens.storage.StorageException;

import java.nio.file.Path;

/** Opening what the user named; a workspace that cannot be opened is an input error (exit 2), not a crash. */
final class Inputs {

    private Inputs() {
    }

    static RunStore openWorkspace(Path file) {
        try {
            return RunStore.open(file);
        } catch (StorageException e) {
            throw new UsageException(e.userMessage());
        }
    }
}
