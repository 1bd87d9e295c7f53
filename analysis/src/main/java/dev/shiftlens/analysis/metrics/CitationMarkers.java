// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citation markers in prose (code already removed) and names the dominant format.
 *
 * <p>Formats are searched in {@link CitationFormat} declaration order; a marker overlapping one already
 * found is skipped, so {@code (source: https://x.org)} counts once, as {@code SOURCE_PARENTHETICAL}.
 * The format of the output is the one with most markers, ties going to the earlier declared format.
 * Every pattern uses bounded or possessive quantifiers, so matching stays linear on long outputs.
 */
public final class CitationMarkers {

    /** How many markers an output has, and of which format most of them are. */
    public record Tally(int count, CitationFormat format) {
    }

    private record Marker(CitationFormat format, Pattern pattern) {
    }

    private static final List<Marker> MARKERS = List.of(
            new Marker(CitationFormat.FOOTNOTE, Pattern.compile("\\[\\^[^\\]\\s]{1,20}+\\](?!:)|[¹²³⁴⁵⁶⁷⁸⁹⁰]++")),
            new Marker(CitationFormat.SOURCE_PARENTHETICAL, Pattern.compile(
                    "[(\\[](?i:sources?|refs?|references?|citations?|cited|via)\\s*+:\\s*+[^)\\]\\n]{1,200}+[)\\]]")),
            new Marker(CitationFormat.SOURCE_LIST, Pattern.compile(
                    "(?im)^[ \\t]{0,3}+(?:#{1,6}+[ \\t]++)?+(?:\\*\\*)?+(?:sources?|references?|bibliography|works cited|further reading"
                            + "|citations?|sources used|quellen|fuentes|références|źródła|fonti)(?:\\*\\*)?+:?+(?:\\*\\*)?+[ \\t]*+$")),
            new Marker(CitationFormat.SECTION_REFERENCE, Pattern.compile(
                    "(?i)\\((?:see |cf\\. |per |under )?+(?:§{1,2}+ ?+|(?:sections?|sec\\.|chapter|ch\\.|paragraphs?|paras?\\.?+|articles?|art\\.|clause|rule)"
                            + " ?+)\\d[\\w.\\-–]{0,12}+(?:\\(\\w{1,3}+\\))?+(?:[,;][^)\\n]{0,60}+)?+\\)|§{1,2}+ ?+\\d{1,4}+(?:\\.\\d{1,4}+)*+")),
            new Marker(CitationFormat.AUTHOR_YEAR, Pattern.compile(
                    "\\(\\p{Lu}[\\p{L}'\\-]{1,40}+(?: et al\\.| (?:&|and) \\p{Lu}[\\p{L}'\\-]{1,40}+)?+,? (?:19|20)\\d{2}[a-z]?+"
                            + "(?:, pp?\\. ?+\\d{1,4}+(?:[-–]\\d{1,4}+)?+)?+\\)"
                            + "|\\b\\p{Lu}[\\p{L}'\\-]{1,40}+ et al\\. \\((?:19|20)\\d{2}[a-z]?+\\)")),
            new Marker(CitationFormat.NUMBERED_BRACKETS, Pattern.compile(
                    "\\[\\d{1,3}+(?:\\s{0,2}+[,;\\-–]\\s{0,2}+\\d{1,3}+){0,20}+\\](?![(:])")),
            new Marker(CitationFormat.URL, Pattern.compile(
                    "(?i:https?://|www\\.)[^\\s<>()\\[\\]\"'`]++")));

    private CitationMarkers() {
    }

    public static Tally tally(String prose) {
        var consumed = new BitSet(prose.length());
        var counts = new EnumMap<CitationFormat, Integer>(CitationFormat.class);
        for (Marker marker : MARKERS) {
            Matcher matcher = marker.pattern().matcher(prose);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                int firstTaken = consumed.nextSetBit(start);
                if (firstTaken == -1 || firstTaken >= end) {
                    consumed.set(start, end);
                    counts.merge(marker.format(), 1, Integer::sum);
                }
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new Tally(total, dominant(counts));
    }

    private static CitationFormat dominant(Map<CitationFormat, Integer> counts) {
        CitationFormat best = CitationFormat.NONE;
        int bestCount = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }
}
