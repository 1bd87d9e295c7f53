// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.pii.PiiRedactor;

/**
 * What a report shows and hides. The bounds keep a million-pair run's report as small and quick to
 * open as a thousand-pair one: the scatter shows at most {@code maxPoints}, each cluster at most
 * {@code pairsPerCluster} representative pairs, each output at most {@code maxOutputChars}.
 * {@code scope} says which clusters the report is about.
 */
public record ReportOptions(PiiRedactor redactor, int maxPoints, int pairsPerCluster, int maxOutputChars, ReportScope scope) {

    public static final int DEFAULT_MAX_POINTS = 5_000;

    public ReportOptions(PiiRedactor redactor, int maxPoints, int pairsPerCluster, int maxOutputChars) {
        this(redactor, maxPoints, pairsPerCluster, maxOutputChars, ReportScope.WHOLE_RUN);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(PiiRedactor.redacting(), DEFAULT_MAX_POINTS, 3, 3_000);
    }

    /** {@code --keep-pii}: the user takes responsibility for sharing personal data. */
    public ReportOptions keepingPii() {
        return new ReportOptions(PiiRedactor.keeping(), maxPoints, pairsPerCluster, maxOutputChars, scope);
    }

    /** The same bounds and redaction, about only the clusters {@code chosen} says. */
    public ReportOptions scoped(ReportScope chosen) {
        return new ReportOptions(redactor, maxPoints, pairsPerCluster, maxOutputChars, chosen);
    }

    public String redact(String text) {
        return redactor.redact(text);
    }
}
