// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.Field;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Extracts the mapped fields of every staged row in one pass: DuckDB parses each row once and
 * pulls all paths with one {@code json_extract_string(text, [paths])}. The result table has one
 * column per {@link Field} (null when unmapped or absent), the merged metadata object, and the
 * staging problem or {@code 'invalid JSON'}.
 */
final class MappedRows {

    private MappedRows() {
    }

    static void extract(Connection connection, StagedSource staged, ResolvedMapping mapping, String table) throws SQLException {
        List<String> paths = new ArrayList<>();
        StringBuilder columns = new StringBuilder();
        for (Field field : Field.values()) {
            if (field == Field.METADATA) {
                continue;
            }
            String column = field == Field.TIMESTAMP ? "ts_text" : field.key();
            columns.append(", ").append(mapping.path(field).map(path -> element(paths, path)).orElse("NULL::VARCHAR")).append(" AS ").append(column);
        }
        String metadataObject = mapping.path(Field.METADATA).map(path -> {
            String value = element(paths, path);
            // the first test settles the usual object cheaply; the second catches an object with leading blanks
            return "CASE WHEN starts_with(" + value + ", '{') AND json_valid(" + value + ") THEN " + value + "::JSON "
                    + "WHEN json_valid(" + value + ") AND json_type(" + value + "::JSON) = 'OBJECT' THEN " + value + "::JSON ELSE '{}'::JSON END";
        }).orElse("'{}'::JSON");
        StringBuilder segments = new StringBuilder();
        for (Map.Entry<String, String> segment : mapping.segments().entrySet()) {
            segments.append(segments.isEmpty() ? "" : ", ").append(quote(segment.getKey())).append(", ").append(element(paths, segment.getValue()));
        }
        String metadata = segments.isEmpty() ? metadataObject : "json_merge_patch(" + metadataObject + ", json_object(" + segments + "))";
        if (paths.isEmpty()) {
            paths.add("$");
        }
        String pathList = "[" + String.join(", ", paths.stream().map(MappedRows::quote).toList()) + "]";
        // a view, not a table: the shape's assembly materialises it once, together with its checks;
        // try() parses each row once and yields null for invalid JSON instead of a second json_valid pass
        String sql = "CREATE TEMP VIEW " + table + " AS "
                + "SELECT line, src_row, problem" + columns + ", " + metadata + " AS metadata FROM ("
                + "SELECT line, src_row, CASE WHEN problem IS NOT NULL THEN problem WHEN f IS NULL THEN 'invalid JSON' END AS problem, f FROM ("
                + "SELECT line, rowid AS src_row, problem, CASE WHEN problem IS NULL THEN try(json_extract_string(text, " + pathList + ")) END AS f FROM "
                + staged.table() + "))";
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP VIEW IF EXISTS " + table);
            statement.execute(sql);
        }
    }

    private static String element(List<String> paths, String path) {
        int index = paths.indexOf(path);
        if (index < 0) {
            paths.add(path);
            index = paths.size() - 1;
        }
        return "f[" + (index + 1) + "]";
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** SQL turning the extracted timestamp text into TIMESTAMPTZ: ISO-8601 text, or epoch seconds/ms/µs/ns by magnitude. */
    static String timestamp(String column) {
        String number = "try_cast(" + column + " AS DOUBLE)";
        return "coalesce(try_cast(" + column + " AS TIMESTAMPTZ), "
                + "CASE WHEN " + number + " > 1e17 THEN to_timestamp(" + number + " / 1e9) "
                + "WHEN " + number + " > 1e14 THEN to_timestamp(" + number + " / 1e6) "
                + "WHEN " + number + " > 1e11 THEN to_timestamp(" + number + " / 1e3) "
                + "WHEN " + number + " >= 0 THEN to_timestamp(" + number + ") END)";
    }
}
