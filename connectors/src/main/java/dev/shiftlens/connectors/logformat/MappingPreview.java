// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The first rows of a sample as the mapping would read them: what the user confirms before importing. */
public final class MappingPreview {

    private MappingPreview() {
    }

    /** Column titles in display order: the mapped record fields, then segments as {@code metadata.NAME}. */
    public static List<String> columns(ColumnMapping mapping) {
        List<String> titles = new ArrayList<>();
        mapping.fields().keySet().forEach(field -> titles.add(field.key()));
        mapping.segments().keySet().forEach(name -> titles.add("metadata." + name));
        return titles;
    }

    /** Up to {@code limit} rows, each column title to the text it would import ("" when absent). */
    public static List<Map<String, String>> rows(SourceSample sample, ColumnMapping mapping, int limit) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode row : sample.rows().stream().limit(limit).toList()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<Field, FieldPath> field : mapping.fields().entrySet()) {
                values.put(field.getKey().key(), field.getValue().textIn(row).orElse(""));
            }
            mapping.segments().forEach((name, path) -> values.put("metadata." + name, path.textIn(row).orElse("")));
            rows.add(values);
        }
        return rows;
    }
}
