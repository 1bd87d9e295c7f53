// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the small JSON or YAML files the user hands the command line (gate thresholds, release
 * manifests); any problem is a usage error naming the file, the line and what to fix.
 */
final class StructuredFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private StructuredFiles() {
    }

    /** The file's top-level object; YAML when the name ends in .yaml or .yml, JSON otherwise. */
    static Map<String, Object> readObject(Path file, String what) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        try {
            Map<String, Object> document = mapper.readValue(Files.readString(file), OBJECT);
            if (document == null) {
                throw new UsageException(what + " " + file + " is empty; expected an object of settings.");
            }
            return document;
        } catch (NoSuchFileException e) {
            throw new UsageException(what + " " + file + " does not exist.");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new UsageException(what + " " + file + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
                    + ": not a " + (mapper == YAML ? "YAML" : "JSON") + " object of settings (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new UsageException("cannot read " + what + " " + file + " (" + e.getMessage() + ").");
        }
    }

    /** A manifest: nested objects flattened to dotted keys, every value as text. */
    static Map<String, String> readFlat(Path file, String what) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", readObject(file, what), flat);
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> object, Map<String, String> into) {
        object.forEach((key, value) -> {
            String name = prefix + key;
            switch (value) {
                case Map<?, ?> nested -> flatten(name + ".", nested, into);
                case null -> into.put(name, "");
                default -> into.put(name, String.valueOf(value));
            }
        });
    }
}
