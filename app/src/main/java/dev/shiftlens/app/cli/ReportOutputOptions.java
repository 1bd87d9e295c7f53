// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.report.ReportOptions;
import picocli.CommandLine.Option;

import java.util.Set;

/** Which report files to write and whether personal data stays in them. */
final class ReportOutputOptions {

    @Option(names = "--format", paramLabel = "LIST",
            description = "Report files to write, comma-separated: html, md, json, csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--keep-pii", description = "Keep emails, phone numbers, card numbers and API-key-like strings in "
            + "reports and exports (redacted by default).")
    boolean keepPii;

    @Option(names = "--max-points", defaultValue = "5000", paramLabel = "N",
            description = "Most points drawn in the report's scatter; larger runs are sampled (default: ${DEFAULT-VALUE}).")
    int maxPoints;

    Set<ReportFormat> formats(String defaults) {
        try {
            return ReportFormat.parseList(format == null ? defaults : format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }

    ReportOptions options() {
        if (maxPoints < 1) {
            throw new UsageException("--max-points must be at least 1, got " + maxPoints);
        }
        ReportOptions defaults = ReportOptions.defaults();
        ReportOptions sized = new ReportOptions(defaults.redactor(), maxPoints, defaults.pairsPerCluster(), defaults.maxOutputChars());
        return keepPii ? sized.keepingPii() : sized;
    }
}
