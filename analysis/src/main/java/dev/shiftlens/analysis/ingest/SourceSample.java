// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first rows of a source file as JSON objects (CSV and Parquet rows converted), for inferring
 * a mapping and previewing it before anything is imported.
 *
 * @param columns the source's own column names when it has a schema (CSV header, Parquet columns), else empty
 */
public record SourceSample(SourceFile file, List<String> columns, List<JsonNode> rows) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SourceSample {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Rows given as JSON text; lines that are not JSON objects are skipped (the import will reject them). */
    public static SourceSample ofJson(SourceFile file, List<String> columns, List<String> rowsJson) {
        List<JsonNode> rows = new ArrayList<>();
        for (String text : rowsJson) {
            try {
                JsonNode node = JSON.readTree(text);
                if (node != null && node.isObject()) {
                    rows.add(node);
                }
            } catch (JsonProcessingException e) {
                // an unparseable sample line says nothing about the mapping; the import names it later
            }
        }
        return new SourceSample(file, columns, rows);
    }

    /** Every leaf path in the sample rows, e.g. {@code metadata.region}, {@code choices[0].message.content}. */
    public Set<String> fieldPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            collect(row, "", paths);
        }
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), paths);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), prefix + "[0]", paths);
        } else if (!prefix.isEmpty()) {
            paths.add(prefix);
        }
    }

    /** Whether any sample row has a value at {@code path}. */
    public boolean has(FieldPath path) {
        return rows.stream().anyMatch(row -> path.resolveIn(row).isPresent());
    }

    public boolean has(String path) {
        return has(FieldPath.parse(path));
    }
}
