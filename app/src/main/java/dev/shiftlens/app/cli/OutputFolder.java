// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The --out folder, created and proven writable before any work starts (else exit 2). */
final class OutputFolder {

    private OutputFolder() {
    }

    static Path prepare(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
            Files.delete(probe);
            return folder;
        } catch (IOException | SecurityException e) {
            throw new UsageException("cannot write to output folder " + folder + " (" + e.getClass().getSimpleName()
                    + "). Choose a folder you may write to with --out.");
        }
    }
}
