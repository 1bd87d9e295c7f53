// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks outputs against a JSON Schema, for runs that have one. Immutable and thread-safe.
 *
 * <p>Only a documented subset of JSON Schema is checked, without a schema library:
 * {@code type} (a name or a list; {@code integer} is a number without a fractional part),
 * {@code enum}, {@code const}, {@code required}, {@code properties}, {@code additionalProperties}
 * ({@code false} or a schema) and {@code items} (a single schema for every element), plus the boolean
 * schemas {@code true} and {@code false}. Annotations ({@code title}, {@code description} ...) are
 * skipped; any other keyword ({@code $ref}, {@code pattern}, {@code minLength}, {@code oneOf} ...) is
 * not checked and is listed by {@link #uncheckedKeywords()} so a report can say so.
 *
 * <p>An output is checked as JSON only when {@link OutputFeatures#jsonValid()} holds; any other output
 * violates the schema at {@code $}.
 */
public final class JsonSchemaCheck {

    private static final Set<String> CHECKED = Set.of(
            "type", "enum", "const", "required", "properties", "additionalProperties", "items");
    private static final Set<String> ANNOTATIONS = Set.of(
            "$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated",
            "readOnly", "writeOnly");

    private final JsonNode schema;
    private final List<String> uncheckedKeywords;

    private JsonSchemaCheck(JsonNode schema) {
        this.schema = schema;
        var unchecked = new TreeSet<String>();
        collectUnchecked(schema, unchecked);
        this.uncheckedKeywords = List.copyOf(unchecked);
    }

    /**
     * @throws IllegalArgumentException when the schema is not JSON, or neither an object nor a boolean
     */
    public static JsonSchemaCheck of(String schemaJson) {
        JsonNode schema;
        try {
            schema = JsonOutput.MAPPER.readTree(schemaJson);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new IllegalArgumentException(
                    "The JSON Schema is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (schema == null || !(schema.isObject() || schema.isBoolean())) {
            throw new IllegalArgumentException("A JSON Schema must be a JSON object (or true/false).");
        }
        return new JsonSchemaCheck(schema);
    }

    /** Keywords the schema uses that this check does not enforce, sorted. */
    public List<String> uncheckedKeywords() {
        return uncheckedKeywords;
    }

    public SchemaConformance check(String output) {
        return check(JsonOutput.parse(output));
    }

    SchemaConformance check(Optional<JsonNode> output) {
        var violations = new Violations();
        output.ifPresentOrElse(
                json -> validate(json, schema, JsonPaths.ROOT, violations),
                () -> violations.add(JsonPaths.ROOT, "output is not a JSON object or array"));
        return violations.result();
    }

    private static void validate(JsonNode value, JsonNode schema, String path, Violations violations) {
        if (schema.isBoolean()) {
            if (!schema.booleanValue()) {
                violations.add(path, "no value is allowed here");
            }
            return;
        }
        if (!schema.isObject() || violations.full()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && !hasType(value, type)) {
            violations.add(path, "expected " + typeNames(type) + ", found " + JsonType.of(value).label());
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray() && !contains(allowed, value)) {
            violations.add(path, "value " + abbreviate(value) + " is not one of " + abbreviate(allowed));
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !sameValue(constant, value)) {
            violations.add(path, "value " + abbreviate(value) + " is not " + abbreviate(constant));
        }
        if (value.isObject()) {
            validateObject(value, schema, path, violations);
        } else if (value.isArray()) {
            JsonNode items = schema.get("items");
            if (items != null && (items.isObject() || items.isBoolean())) {
                for (int i = 0; i < value.size() && !violations.full(); i++) {
                    validate(value.get(i), items, JsonPaths.element(path, i), violations);
                }
            }
        }
    }

    private static void validateObject(JsonNode value, JsonNode schema, String path, Violations violations) {
        JsonNode required = schema.get("required");
        if (required != null && required.isArray()) {
            required.forEach(key -> {
                if (key.isTextual() && !value.has(key.textValue())) {
                    violations.add(JsonPaths.member(path, key.textValue()), "required key is missing");
                }
            });
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String memberPath = JsonPaths.member(path, member.getKey());
            if (properties.has(member.getKey())) {
                validate(member.getValue(), properties.get(member.getKey()), memberPath, violations);
            } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
                violations.add(memberPath, "key is not allowed (additionalProperties: false)");
            } else if (additional != null && additional.isObject()) {
                validate(member.getValue(), additional, memberPath, violations);
            }
        }
    }

    private static boolean hasType(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode name : type) {
                if (hasType(value, name)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "integer" -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            default -> true;
        };
    }

    private static String typeNames(JsonNode type) {
        if (!type.isArray()) {
            return type.asText();
        }
        var names = new ArrayList<String>();
        type.forEach(name -> names.add(name.asText()));
        return String.join(" or ", names);
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode candidate : allowed) {
            if (sameValue(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    /** JSON equality, where 1 and 1.0 are the same number. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static void collectUnchecked(JsonNode schema, Set<String> unchecked) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            if (!CHECKED.contains(name) && !ANNOTATIONS.contains(name)) {
                unchecked.add(name);
            }
        }
        schema.path("properties").forEach(child -> collectUnchecked(child, unchecked));
        collectUnchecked(schema.path("additionalProperties"), unchecked);
        JsonNode items = schema.path("items");
        if (items.isArray()) {
            unchecked.add("items (array form)");
        } else {
            collectUnchecked(items, unchecked);
        }
    }

    /** Collects violations up to the cap. */
    private static final class Violations {
        private final List<SchemaViolation> found = new ArrayList<>();

        void add(String path, String message) {
            if (!full()) {
                found.add(new SchemaViolation(path, message));
            }
        }

        boolean full() {
            return found.size() >= SchemaConformance.MAX_VIOLATIONS;
        }

        SchemaConformance result() {
            return new SchemaConformance(found, full());
        }
    }
}
