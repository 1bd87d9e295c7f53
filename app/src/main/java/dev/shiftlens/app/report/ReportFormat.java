// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The files a report run can write, by the name the user types in {@code --format}. */
public enum ReportFormat {
    HTML("html", List.of("report.html")),
    MARKDOWN("md", List.of("report.md")),
    JSON("json", List.of("analysis.json")),
    CSV("csv", List.of("clusters.csv", "pairs.csv"));

    private final String name;
    private final List<String> files;

    ReportFormat(String name, List<String> files) {
        this.name = name;
        this.files = files;
    }

    public String formatName() {
        return name;
    }

    public List<String> files() {
        return files;
    }

    public static Optional<ReportFormat> byName(String name) {
        String normal = name.strip().toLowerCase(Locale.ROOT);
        if (normal.equals("markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Arrays.stream(values()).filter(f -> f.name.equals(normal)).findFirst();
    }

    /** Parses "html,md,json,csv"; an unknown name is an {@link IllegalArgumentException} naming it and the known ones. */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                formats.add(byName(part).orElseThrow(() -> new IllegalArgumentException(
                        "unknown report format \"" + part.strip() + "\"; known: " + known())));
            }
        }
        return formats;
    }

    public static String known() {
        return Arrays.stream(values()).map(ReportFormat::formatName).collect(Collectors.joining(","));
    }
}
