// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.analysis.ingest.CutoverSplit;
import dev.shiftlens.connectors.logformat.MappingException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where the dialog splits a cutover log, as typed: by version ({@code before} blank = the earliest,
 * as the CLI without {@code --before-version}) or at an ISO-8601 instant ({@code --cutover-at}).
 */
record SplitChoice(boolean byTime, String at, String before) {

    static final SplitChoice EARLIEST_VERSION = new SplitChoice(false, "", "");

    /** The importer's split; a time that does not parse is refused naming {@code file}, as a bad mapping is. */
    CutoverSplit split(String file) {
        if (!byTime) {
            return new CutoverSplit.ByVersion(Optional.of(before.strip()).filter(version -> !version.isEmpty()));
        }
        try {
            return new CutoverSplit.ByTime(Instant.parse(at.strip()));
        } catch (DateTimeParseException e) {
            throw new MappingException(at.isBlank()
                    ? "say where " + file + " changes model: a cutover time such as 2026-04-06T00:00:00Z, or split by version."
                    : file + " cannot be split at `" + at.strip() + "`: not an ISO-8601 instant. Write it like 2026-04-06T00:00:00Z"
                            + " (UTC) or 2026-04-06T02:00:00+02:00.");
        }
    }

    /** The same split as command-line options. */
    String options() {
        if (byTime) {
            return " --cutover-at " + at.strip();
        }
        return before.isBlank() ? "" : " --before-version " + before.strip();
    }
}
