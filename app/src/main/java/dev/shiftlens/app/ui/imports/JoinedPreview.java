// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.JoinKey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first rows of two per-model logs paired as the importer pairs them (request id, then what is
 * left by normalised query, repeats in order), so the dialog can show pairs before anything is stored.
 * Only the rows read for the preview take part; the counts of the real join come from the import.
 */
record JoinedPreview(List<Map<String, String>> rows, int baselineRead, int candidateRead, int joined) {

    static final String JOINED_BY = "joined by";
    static final List<String> COLUMNS = List.of(Field.REQUEST_ID.key(), Field.QUERY.key(), "baseline output", "candidate output",
            JOINED_BY);

    /** Rows as {@code MappingPreview.rows} gives them (field key to text), joined by {@code join}; at most {@code limit} pairs kept. */
    static JoinedPreview of(List<Map<String, String>> baseline, List<Map<String, String>> candidate, JoinKey join, int limit) {
        Map<Integer, Integer> partner = new LinkedHashMap<>();
        Map<Integer, String> how = new HashMap<>();
        if (join != JoinKey.NORMALISED_QUERY) {
            Map<String, Integer> byId = new HashMap<>();
            for (int c = 0; c < candidate.size(); c++) {
                int row = c;
                // the first of a duplicated id, as the importer keeps it
                id(candidate.get(c)).ifPresent(key -> byId.putIfAbsent(key, row));
            }
            for (int b = 0; b < baseline.size(); b++) {
                Optional<Integer> match = id(baseline.get(b)).map(byId::remove);
                if (match.isPresent()) {
                    partner.put(b, match.get());
                    how.put(b, "request id");
                }
            }
        }
        if (join != JoinKey.REQUEST_ID) {
            Map<String, Deque<Integer>> byQuery = new HashMap<>();
            for (int c = 0; c < candidate.size(); c++) {
                String query = normalised(candidate.get(c));
                if (!partner.containsValue(c) && !query.isEmpty()) {
                    byQuery.computeIfAbsent(query, key -> new ArrayDeque<>()).add(c);
                }
            }
            for (int b = 0; b < baseline.size(); b++) {
                Deque<Integer> waiting = byQuery.get(normalised(baseline.get(b)));
                if (!partner.containsKey(b) && waiting != null && !waiting.isEmpty()) {
                    partner.put(b, waiting.poll());
                    how.put(b, "normalised query");
                }
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        partner.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(limit).forEach(pair -> {
            Map<String, String> base = baseline.get(pair.getKey());
            Map<String, String> cand = candidate.get(pair.getValue());
            Map<String, String> row = new LinkedHashMap<>();
            row.put(Field.REQUEST_ID.key(), id(base).or(() -> id(cand)).orElse(""));
            row.put(Field.QUERY.key(), base.getOrDefault(Field.QUERY.key(), ""));
            row.put("baseline output", base.getOrDefault(Field.OUTPUT.key(), ""));
            row.put("candidate output", cand.getOrDefault(Field.OUTPUT.key(), ""));
            row.put(JOINED_BY, how.get(pair.getKey()));
            rows.add(row);
        });
        return new JoinedPreview(List.copyOf(rows), baseline.size(), candidate.size(), partner.size());
    }

    private static Optional<String> id(Map<String, String> row) {
        return Optional.ofNullable(row.get(Field.REQUEST_ID.key())).filter(text -> !text.isBlank());
    }

    /** As the importer's join: case folded, every run of non-letters and non-digits one space. */
    static String normalised(Map<String, String> row) {
        return row.getOrDefault(Field.QUERY.key(), "").replaceAll("[^\\p{L}\\p{N}]+", " ").toLowerCase(Locale.ROOT).strip();
    }
}
