// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.ingest.CutoverSplit;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Where a log spanning a model change is split into before and after; shared by import, analyze and match. */
final class CutoverOptions {

    @Option(names = "--cutover-at", paramLabel = "TIME",
            description = "Split a cutover log at this ISO-8601 instant (default: by version; the earliest version is 'before').")
    String cutoverAt;

    @Option(names = "--before-version", paramLabel = "VERSION", description = "Split a cutover log by version: rows of VERSION are 'before'.")
    String beforeVersion;

    CutoverSplit split() {
        if (cutoverAt != null) {
            try {
                return new CutoverSplit.ByTime(Instant.parse(cutoverAt));
            } catch (DateTimeParseException e) {
                throw new UsageException("--cutover-at " + cutoverAt + ": expected an ISO-8601 instant such as 2026-04-06T00:00:00Z.");
            }
        }
        return new CutoverSplit.ByVersion(Optional.ofNullable(beforeVersion));
    }
}
