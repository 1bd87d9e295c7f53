// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.pii.PiiCount;
import dev.shiftlens.analysis.pii.PiiKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts, per text field of a run, the rows holding each kind of personal data or secret; one pass in
 * DuckDB. Per field, one regular expression that is the alternation of every kind's pattern runs over
 * all rows (RE2 tests the alternation in one scan of the text); only rows it matches, usually few, are
 * tested kind by kind. The counts are exact: a row no kind matches cannot match the alternation.
 */
final class PiiScan {

    private PiiScan() {
    }

    /** Counts over {@code rows}, a table or subquery with its filter ({@code pairs WHERE run_id = 3}); stores them with the run. */
    static List<PiiCount> scan(ImportWork work, String rows, List<String> fields) throws SQLException {
        String anyKind = Arrays.stream(PiiKind.values()).map(kind -> "(?:" + kind.regex() + ")")
                .collect(Collectors.joining("|"));
        List<String> tests = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            tests.add("regexp_matches(" + field + ", " + MappedRows.quote(anyKind) + ") AS any" + i);
            tests.add(field);
            for (PiiKind kind : PiiKind.values()) {
                // CASE evaluates its THEN only on the rows whose WHEN held
                filters.add("count(*) FILTER (WHERE CASE WHEN any" + i + " THEN regexp_matches(" + field + ", "
                        + MappedRows.quote(kind.regex()) + ") ELSE false END)");
            }
        }
        List<PiiCount> counts = new ArrayList<>();
        try (PreparedStatement select = work.connection.prepareStatement(
                "SELECT " + String.join(", ", filters) + " FROM (SELECT " + String.join(", ", tests) + " FROM " + rows + ")")) {
            try (ResultSet result = select.executeQuery()) {
                result.next();
                int column = 1;
                for (String field : fields) {
                    for (PiiKind kind : PiiKind.values()) {
                        long found = result.getLong(column++);
                        if (found > 0) {
                            counts.add(new PiiCount(field, kind, found));
                        }
                    }
                }
            }
        }
        try (PreparedStatement insert = work.connection.prepareStatement("INSERT INTO pii_counts VALUES (?, ?, ?, ?)")) {
            for (PiiCount count : counts) {
                insert.setInt(1, work.runId);
                insert.setString(2, count.field());
                insert.setString(3, count.kind().key());
                insert.setLong(4, count.rows());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return counts;
    }
}
