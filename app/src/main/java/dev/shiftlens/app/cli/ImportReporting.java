// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.pii.PiiCount;
import dev.shiftlens.analysis.segment.VersionSkew;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RejectedRow;

import java.util.List;

/** What an import did, on the console: reconciliation, first rejects, decisions, flags, PII, version skew. */
final class ImportReporting {

    private static final int REJECTS_SHOWN = 5;

    private ImportReporting() {
    }

    static void print(Console console, ImportReport imported, List<VersionSkew> skew) {
        console.info("%s: %s".formatted(imported.source(), imported.describe()));
        imported.firstRejects().stream().limit(REJECTS_SHOWN).forEach(reject -> console.info("  " + shorten(reject)));
        if (imported.rowsRejected() > REJECTS_SHOWN) {
            console.info("  ... and %,d more (all in run %d's rejects and analysis.json summary.rejects)"
                    .formatted(imported.rowsRejected() - REJECTS_SHOWN, imported.runId()));
        }
        imported.notes().forEach(note -> console.info("  " + note));
        imported.flags().forEach((flag, rows) -> console.info("  kept with a warning: %,d rows with %s".formatted(rows, flag)));
        if (imported.pii().isEmpty()) {
            console.info("  personal data scan: no emails, phone numbers, card-like numbers or API-key-like strings found");
        } else {
            console.info("  personal data scan (data stays in the local workspace; reports redact it):");
            for (PiiCount count : imported.pii()) {
                console.info("    " + count.describe());
            }
        }
        for (VersionSkew window : skew) {
            console.info("  version skew: " + window.describe());
        }
    }

    private static String shorten(RejectedRow reject) {
        String text = reject.describe();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
