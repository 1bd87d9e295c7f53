// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.storage.RunStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

/** Writes every report format of the fixture run into a folder, at a fixed time. */
final class ReportFiles {

    static final Clock FIXED = Clock.fixed(Instant.parse("2026-04-07T09:00:00Z"), ZoneOffset.UTC);

    private ReportFiles() {
    }

    static Path write(Path folder, ReportOptions options) {
        try (RunStore store = RunStore.open(folder.resolve("workspace.duckdb"))) {
            int runId = ReportFixture.create(store, folder);
            Path out = Files.createDirectories(folder.resolve("out"));
            new ReportWriter(store, options, FIXED).write(runId, store.analysis(runId).orElseThrow(), Optional.empty(),
                    EnumSet.allOf(ReportFormat.class), out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
