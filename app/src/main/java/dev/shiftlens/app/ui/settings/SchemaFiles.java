// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.metrics.JsonSchemaCheck;
import dev.shiftlens.app.ui.dialog.WorkbenchException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Reads a JSON Schema file the user chose and tells, naming the file, why it cannot be used. */
final class SchemaFiles {

    /** Keywords any JSON Schema draft defines at the top level; an object with none of them is some other JSON. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "definitions", "type", "enum",
            "const", "properties", "required", "additionalProperties", "patternProperties", "items", "prefixItems", "allOf",
            "anyOf", "oneOf", "not", "if", "then", "else", "title", "description", "minimum", "maximum", "pattern", "format",
            "minLength", "maxLength", "minItems", "maxItems");

    private SchemaFiles() {
    }

    /** The file's text; a missing or unreadable file is a {@link WorkbenchException} naming it. */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new WorkbenchException("The JSON Schema file " + file + " does not exist. Choose another file or clear the field.");
        } catch (CharacterCodingException e) {
            throw new WorkbenchException("The JSON Schema file " + file + " is not UTF-8 text. Choose the schema's .json file.");
        } catch (IOException | SecurityException e) {
            throw new WorkbenchException("Cannot read the JSON Schema file " + file + " (" + e.getClass().getSimpleName()
                    + "). Check that it is a readable file.");
        }
    }

    /**
     * Checks that {@code file} holds a JSON Schema; returns the keywords the analysis will not enforce.
     *
     * @throws WorkbenchException naming the file and what is wrong with it
     */
    static List<String> check(Path file) {
        if (Files.isDirectory(file)) {
            throw new WorkbenchException(file + " is a folder, not a JSON Schema file.");
        }
        String text = read(file);
        JsonSchemaCheck schema;
        try {
            schema = JsonSchemaCheck.of(text);
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException(file + " is not a JSON Schema: " + e.getMessage());
        }
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            if (root.isObject() && !root.isEmpty() && !hasSchemaKeyword(root)) {
                throw new WorkbenchException(file + " is JSON but not a JSON Schema: it has none of the schema keywords "
                        + "(type, properties, required, items, $schema …). Choose the schema, not an example output.");
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + " is not a JSON Schema: " + e.getMessage());
        }
        return schema.uncheckedKeywords();
    }

    private static boolean hasSchemaKeyword(JsonNode object) {
        for (var names = object.fieldNames(); names.hasNext(); ) {
            if (SCHEMA_KEYWORDS.contains(names.next())) {
                return true;
            }
        }
        return false;
    }
}
