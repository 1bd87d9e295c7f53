// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.pii.PiiCount;
import dev.shiftlens.analysis.pii.PiiKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Counts, per text field of a run, the rows holding each kind of personal data or secret; one pass in DuckDB. */
final class PiiScan {

    private PiiScan() {
    }

    static List<PiiCount> scan(ImportWork work, String table, List<String> fields) throws SQLException {
        List<String> guards = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            // cheap tests first, computed once per row: most text has no @, no digit run and no key prefix
            guards.add("contains(" + field + ", '@') AS at" + i);
            guards.add("regexp_matches(" + field + ", '[0-9][0-9]') AS digits" + i);
            guards.add("(contains(" + field + ", 'sk-') OR contains(" + field + ", 'AKIA') OR contains(" + field + ", '_') "
                    + "OR contains(" + field + ", 'xox') OR contains(" + field + ", 'AIza')) AS keyish" + i);
            guards.add(field);
            for (PiiKind kind : PiiKind.values()) {
                String guard = switch (kind) {
                    case EMAIL -> "at" + i;
                    case PHONE, CARD_NUMBER -> "digits" + i;
                    case API_KEY -> "keyish" + i;
                };
                filters.add("count(*) FILTER (WHERE " + guard + " AND regexp_matches(" + field + ", " + MappedRows.quote(kind.regex()) + "))");
            }
        }
        List<PiiCount> counts = new ArrayList<>();
        try (PreparedStatement select = work.connection.prepareStatement(
                "SELECT " + String.join(", ", filters) + " FROM (SELECT " + String.join(", ", guards) + " FROM " + table + " WHERE run_id = ?)")) {
            select.setInt(1, work.runId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                int column = 1;
                for (String field : fields) {
                    for (PiiKind kind : PiiKind.values()) {
                        long found = rows.getLong(column++);
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
