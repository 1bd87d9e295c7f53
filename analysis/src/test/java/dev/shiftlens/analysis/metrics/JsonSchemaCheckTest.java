// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSchemaCheckTest {

    private static final JsonSchemaCheck REPORT_SCHEMA = JsonSchemaCheck.of("""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Report",
              "type": "object",
              "required": ["summary", "total"],
              "additionalProperties": false,
              "properties": {
                "summary": {"type": "string"},
                "total": {"type": "integer"},
                "status": {"enum": ["ok", "warn"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "note": {"type": ["string", "null"]}
              }
            }""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"summary": "up", "total": 12}'                                     | ''
            '{"summary": "up", "total": 12.0, "note": null, "tags": ["a"]}'      | ''
            '{"summary": "up"}'                                                  | 'total: required key is missing'
            '{"exec_summary": "up", "total": 12}'                                | 'summary: required key is missing; exec_summary: key is not allowed (additionalProperties: false)'
            '{"summary": "up", "total": "12"}'                                   | 'total: expected integer, found string'
            '{"summary": "up", "total": 12.5}'                                   | 'total: expected integer, found number'
            '{"summary": "up", "total": 1, "status": "bad"}'                     | 'status: value "bad" is not one of ["ok","warn"]'
            '{"summary": "up", "total": 1, "tags": ["a", 2]}'                    | 'tags[1]: expected string, found number'
            '[1, 2]'                                                             | '$: expected object, found array'
            'The summary is up.'                                                 | '$: output is not a JSON object or array'
            """)
    void listsEachViolationWithItsPath(String output, String violations) {
        SchemaConformance conformance = REPORT_SCHEMA.check(output);

        assertThat(String.join("; ", conformance.violations().stream()
                .map(v -> v.path() + ": " + v.message()).toList())).isEqualTo(violations);
        assertThat(conformance.conforms()).isEqualTo(violations.isEmpty());
    }

    @Test
    void namesTheKeywordsItDoesNotCheck() {
        var check = JsonSchemaCheck.of("""
                {"type": "object", "properties": {"id": {"type": "string", "pattern": "^[a-z]+$"}},
                 "oneOf": [], "items": [{"type": "string"}]}""");

        assertThat(check.uncheckedKeywords()).containsExactly("items (array form)", "oneOf", "pattern");
        assertThat(REPORT_SCHEMA.uncheckedKeywords()).isEmpty();
    }

    @Test
    void stopsAtTheCapAndSaysTheListIsTruncated() {
        var check = JsonSchemaCheck.of("""
                {"type": "array", "items": {"type": "string"}}""");
        String output = "[" + "1,".repeat(200) + "1]";

        SchemaConformance conformance = check.check(output);

        assertThat(conformance.violations()).hasSize(SchemaConformance.MAX_VIOLATIONS);
        assertThat(conformance.truncated()).isTrue();
    }

    @Test
    void acceptsBooleanSchemas() {
        assertThat(JsonSchemaCheck.of("true").check("{\"a\": 1}").conforms()).isTrue();
        assertThat(JsonSchemaCheck.of("false").check("{\"a\": 1}").conforms()).isFalse();
    }

    @Test
    void rejectsASchemaThatIsNotJsonWithItsPosition() {
        assertThatThrownBy(() -> JsonSchemaCheck.of("{\"type\": \n  object}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> JsonSchemaCheck.of("\"object\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a JSON object");
    }
}
