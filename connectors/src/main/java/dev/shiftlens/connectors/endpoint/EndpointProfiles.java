// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The named endpoint profiles of one file (JSON, comments allowed, or YAML by extension); the
 * format is documented in docs/replay.md. Unknown fields are errors, so a typo never silently
 * falls back to a server default.
 */
public final class EndpointProfiles {

    private static final Set<String> FIELDS = Set.of("kind", "base_url", "model", "system_prompt", "system_prompt_file",
            "prompt_version", "temperature", "top_p", "max_tokens", "seed", "stop", "headers", "price_per_1k",
            "concurrency", "timeout_seconds", "key");
    private static final Set<String> KEY_HEADERS = Set.of("authorization", "x-api-key", "api-key", "proxy-authorization");
    private static final int DEFAULT_CONCURRENCY = 4;
    private static final int DEFAULT_TIMEOUT_SECONDS = 120;

    private final Path file;
    private final Map<String, EndpointProfile> profiles;

    private EndpointProfiles(Path file, Map<String, EndpointProfile> profiles) {
        this.file = file;
        this.profiles = profiles;
    }

    public static EndpointProfiles load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ProfileFileException("profile file " + file + " does not exist (or is not a file). See docs/replay.md"
                    + " for the format, or run `./shiftlens test-server --write-profiles " + file + "` for a working example.");
        }
        JsonNode root;
        try {
            root = mapperFor(file).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new ProfileFileException(file + (line > 0 ? ":" + line : "") + ": not valid "
                    + (isYaml(file) ? "YAML" : "JSON") + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ProfileFileException("cannot read profile file " + file + ": " + e.getMessage());
        }
        JsonNode list = root == null ? null : root.path("profiles");
        if (list == null || !list.isObject() || list.isEmpty()) {
            throw new ProfileFileException(file + ": expected an object with \"profiles\": {\"NAME\": {...}, ...}; see docs/replay.md.");
        }
        Map<String, EndpointProfile> profiles = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            profiles.put(entry.getKey(), new ProfileReader(file, entry.getKey(), entry.getValue()).read());
        }
        return new EndpointProfiles(file, profiles);
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static ObjectMapper mapperFor(Path file) {
        return isYaml(file) ? new YAMLMapper()
                : JsonMapper.builder().enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    }

    public Path file() {
        return file;
    }

    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }

    public EndpointProfile get(String name) {
        EndpointProfile profile = profiles.get(name);
        if (profile == null) {
            throw new ProfileFileException(file + " has no profile '" + name + "'; it has: " + String.join(", ", profiles.keySet()) + ".");
        }
        return profile;
    }

    /** Reads one profile's fields, naming the field in every complaint. */
    private record ProfileReader(Path file, String name, JsonNode node) {

        EndpointProfile read() {
            if (!node.isObject()) {
                throw problem("must be an object of fields");
            }
            List<String> unknown = new ArrayList<>();
            node.fieldNames().forEachRemaining(field -> {
                if (!FIELDS.contains(field)) {
                    unknown.add(field);
                }
            });
            if (!unknown.isEmpty()) {
                throw problem("unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                        + "; known fields: " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            String kindId = text("kind").orElse(EndpointKind.OPENAI_CHAT.id());
            EndpointKind kind = EndpointKind.byId(kindId)
                    .orElseThrow(() -> problem("\"kind\": '" + kindId + "' is not one of " + EndpointKind.known()));
            String baseUrl = text("base_url").orElseThrow(() -> problem("needs \"base_url\", e.g. http://localhost:8000/v1"));
            if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
                throw problem("\"base_url\" must start with http:// or https://, got '" + baseUrl + "'");
            }
            String model = text("model").orElseThrow(() -> problem("needs \"model\" (the name the server knows the model by)"));
            SamplingParameters sampling = new SamplingParameters(number("temperature"), number("top_p"),
                    whole("max_tokens"), node.has("seed") ? OptionalLong.of(node.get("seed").asLong()) : OptionalLong.empty(), stop());
            int concurrency = whole("concurrency").orElse(DEFAULT_CONCURRENCY);
            if (concurrency < 1 || concurrency > 1024) {
                throw problem("\"concurrency\" must be between 1 and 1024");
            }
            int timeout = whole("timeout_seconds").orElse(DEFAULT_TIMEOUT_SECONDS);
            if (timeout < 1) {
                throw problem("\"timeout_seconds\" must be at least 1");
            }
            return new EndpointProfile(name, kind, baseUrl, model, sampling, systemPrompt(), text("prompt_version"),
                    headers(), price(), concurrency, Duration.ofSeconds(timeout), key());
        }

        private Optional<String> systemPrompt() {
            Optional<String> inline = text("system_prompt");
            Optional<String> fromFile = text("system_prompt_file");
            if (inline.isPresent() && fromFile.isPresent()) {
                throw problem("give \"system_prompt\" or \"system_prompt_file\", not both");
            }
            if (fromFile.isEmpty()) {
                return inline;
            }
            Path prompt = file.toAbsolutePath().resolveSibling(fromFile.get());
            try {
                return Optional.of(Files.readString(prompt));
            } catch (IOException e) {
                throw problem("\"system_prompt_file\": cannot read " + prompt + " (paths are relative to the profile file)");
            }
        }

        private Map<String, String> headers() {
            JsonNode headers = node.path("headers");
            if (headers.isMissingNode()) {
                return Map.of();
            }
            if (!headers.isObject()) {
                throw problem("\"headers\" must be an object of name: value");
            }
            Map<String, String> values = new LinkedHashMap<>();
            headers.fields().forEachRemaining(header -> {
                if (KEY_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    throw problem("header '" + header.getKey() + "' carries a key; keys never go in profile files. Use"
                            + " \"key\": {\"env\": \"NAME\"} or {\"keychain\": {\"service\": ..., \"account\": ...}}");
                }
                values.put(header.getKey(), header.getValue().asText());
            });
            return values;
        }

        private Price price() {
            JsonNode price = node.path("price_per_1k");
            if (price.isMissingNode()) {
                return Price.FREE;
            }
            if (!price.path("input").isNumber() || !price.path("output").isNumber()) {
                throw problem("\"price_per_1k\" must be {\"input\": USD, \"output\": USD} per 1,000 tokens");
            }
            double input = price.get("input").asDouble();
            double output = price.get("output").asDouble();
            if (input < 0 || output < 0) {
                throw problem("\"price_per_1k\" values must be zero or positive");
            }
            return new Price(input, output);
        }

        private KeySource key() {
            JsonNode key = node.path("key");
            if (key.isMissingNode() || key.isNull() || "none".equals(key.asText(null))) {
                return new KeySource.None();
            }
            if (key.path("env").isTextual()) {
                return new KeySource.EnvironmentVariable(key.get("env").asText());
            }
            JsonNode keychain = key.path("keychain");
            if (keychain.path("service").isTextual() && keychain.path("account").isTextual()) {
                return new KeySource.Keychain(keychain.get("service").asText(), keychain.get("account").asText());
            }
            throw problem("\"key\" must be {\"env\": \"VARIABLE\"}, {\"keychain\": {\"service\": \"...\", \"account\": \"...\"}}"
                    + " or \"none\"; never the key itself");
        }

        private List<String> stop() {
            JsonNode stop = node.path("stop");
            if (stop.isMissingNode()) {
                return List.of();
            }
            if (stop.isTextual()) {
                return List.of(stop.asText());
            }
            if (!stop.isArray()) {
                throw problem("\"stop\" must be a string or a list of strings");
            }
            List<String> values = new ArrayList<>();
            stop.forEach(value -> values.add(value.asText()));
            return values;
        }

        private Optional<String> text(String field) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isValueNode()) {
                throw problem("\"" + field + "\" must be a string");
            }
            return Optional.of(value.asText());
        }

        private OptionalDouble number(String field) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return OptionalDouble.empty();
            }
            if (!value.isNumber()) {
                throw problem("\"" + field + "\" must be a number");
            }
            return OptionalDouble.of(value.asDouble());
        }

        private OptionalInt whole(String field) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return OptionalInt.empty();
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                throw problem("\"" + field + "\" must be a whole number");
            }
            return OptionalInt.of(value.asInt());
        }

        private ProfileFileException problem(String what) {
            return new ProfileFileException(file + ": profile '" + name + "': " + what + ".");
        }
    }
}
