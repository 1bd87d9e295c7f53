// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds windows where several versions served the same segment: on a UTC day, a version that most
 * traffic did not get is attributed to the one segment value that best contains it (most of that
 * version's rows fall in the segment, and most of the segment's rows got it); consecutive days with
 * the same attribution merge into one window. A plain cutover (all segments move together) and a
 * canary spread evenly over segments are not skew: no segment contains the odd version.
 */
public final class VersionSkewDetector {

    static final long MIN_ROWS = 5;
    static final double MIN_SHARE_OF_VERSION = 0.5;
    static final double MIN_SHARE_OF_SEGMENT = 0.5;

    private VersionSkewDetector() {
    }

    /** Metadata keys that name a model or prompt version rather than a segment of traffic. */
    public static boolean isVersionField(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("version") || lower.contains("prompt") || lower.equals("model") || lower.endsWith("_model")
                || lower.equals("release");
    }

    public static List<VersionSkew> detect(List<SegmentVersionCount> counts) {
        Map<DayKey, List<SegmentVersionCount>> byDay = counts.stream().collect(
                Collectors.groupingBy(c -> new DayKey(c.versionField(), c.day()), LinkedHashMap::new, Collectors.toList()));
        List<Attribution> attributions = new ArrayList<>();
        byDay.forEach((day, dayCounts) -> attributions.addAll(attribute(day, dayCounts)));
        return mergeConsecutiveDays(attributions);
    }

    private record DayKey(String versionField, Optional<LocalDate> day) {
    }

    private record Attribution(String versionField, String segmentField, String segmentValue, String oddVersion,
                               String usualVersion, Optional<LocalDate> day, long rows, Optional<Instant> first,
                               Optional<Instant> last) {
    }

    private static List<Attribution> attribute(DayKey day, List<SegmentVersionCount> counts) {
        // every segment field partitions the same rows, so any one gives the day's totals per version
        String anyField = counts.getFirst().segmentField();
        Map<String, Long> perVersion = counts.stream().filter(c -> c.segmentField().equals(anyField))
                .collect(Collectors.groupingBy(SegmentVersionCount::version, TreeMap::new, Collectors.summingLong(SegmentVersionCount::rows)));
        if (perVersion.size() < 2) {
            return List.of();
        }
        String usual = perVersion.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, Long> segmentTotals = new HashMap<>();
        for (SegmentVersionCount c : counts) {
            segmentTotals.merge(c.segmentField() + "\u0000" + c.segmentValue(), c.rows(), Long::sum);
        }
        List<Attribution> found = new ArrayList<>();
        perVersion.forEach((version, total) -> {
            if (version.equals(usual) || total < MIN_ROWS) {
                return;
            }
            counts.stream()
                    .filter(c -> c.version().equals(version) && c.rows() >= MIN_ROWS)
                    .filter(c -> (double) c.rows() / total >= MIN_SHARE_OF_VERSION)
                    .filter(c -> (double) c.rows() / segmentTotals.get(c.segmentField() + "\u0000" + c.segmentValue()) >= MIN_SHARE_OF_SEGMENT)
                    .max(Comparator.comparingDouble((SegmentVersionCount c) -> score(c, total, segmentTotals))
                            .thenComparing(SegmentVersionCount::segmentField, Comparator.reverseOrder()))
                    .ifPresent(best -> found.add(new Attribution(day.versionField(), best.segmentField(), best.segmentValue(),
                            version, usual, day.day(), best.rows(), best.first(), best.last())));
        });
        return found;
    }

    private static double score(SegmentVersionCount c, long versionTotal, Map<String, Long> segmentTotals) {
        double ofVersion = (double) c.rows() / versionTotal;
        double ofSegment = (double) c.rows() / segmentTotals.get(c.segmentField() + "\u0000" + c.segmentValue());
        return ofVersion * ofSegment;
    }

    private static List<VersionSkew> mergeConsecutiveDays(List<Attribution> attributions) {
        Map<List<String>, List<Attribution>> groups = attributions.stream().collect(Collectors.groupingBy(
                a -> List.of(a.versionField(), a.segmentField(), a.segmentValue(), a.oddVersion()), LinkedHashMap::new,
                Collectors.toList()));
        List<VersionSkew> windows = new ArrayList<>();
        for (List<Attribution> group : groups.values()) {
            group.sort(Comparator.comparing(a -> a.day().orElse(LocalDate.MIN)));
            List<Attribution> window = new ArrayList<>();
            for (Attribution a : group) {
                if (!window.isEmpty() && !follows(window.getLast(), a)) {
                    windows.add(toSkew(window));
                    window = new ArrayList<>();
                }
                window.add(a);
            }
            windows.add(toSkew(window));
        }
        windows.sort(Comparator.comparing((VersionSkew s) -> s.from().orElse(Instant.MIN)).thenComparing(VersionSkew::segmentField)
                .thenComparing(VersionSkew::segmentValue));
        return windows;
    }

    private static boolean follows(Attribution previous, Attribution next) {
        return previous.day().isPresent() && next.day().isPresent()
                && previous.day().get().plusDays(1).equals(next.day().get());
    }

    private static VersionSkew toSkew(List<Attribution> window) {
        Attribution first = window.getFirst();
        String usual = window.stream().collect(Collectors.groupingBy(Attribution::usualVersion, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> versions = new ArrayList<>(List.of(first.oddVersion()));
        window.stream().map(Attribution::usualVersion).distinct().filter(v -> !versions.contains(v)).forEach(versions::add);
        Optional<Instant> from = window.stream().map(Attribution::first).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Optional<Instant> to = window.stream().map(Attribution::last).flatMap(Optional::stream).max(Comparator.naturalOrder());
        return new VersionSkew(first.segmentField(), first.segmentValue(), first.versionField(), versions, first.oddVersion(),
                usual, from, to, window.stream().mapToLong(Attribution::rows).sum(), window.size());
    }
}
