// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.storage.RunStore;

import java.nio.file.Path;

/** The report fixture for tests in other packages: a closed workspace file holding the analysed fixture run. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    public static Path workspace(Path folder) {
        Path file = folder.resolve("fixture.duckdb");
        try (RunStore store = RunStore.open(file)) {
            ReportFixture.create(store, folder);
        }
        return file;
    }
}
