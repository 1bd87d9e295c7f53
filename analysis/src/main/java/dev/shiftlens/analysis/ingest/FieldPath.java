// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a value sits inside a log row: {@code prompt}, {@code old.text},
 * {@code choices[0].message.content}, {@code request.messages[-1].content} (negative indexes count
 * from the end). A dot separates keys unless the row has a key that itself contains dots
 * ({@code attributes.gen_ai.prompt} finds the key {@code "gen_ai.prompt"} inside {@code attributes},
 * and a CSV column named {@code metadata.region} is found as written), which {@link #resolveIn} settles
 * against a sample row.
 */
public record FieldPath(List<Step> steps) {

    /** One step down into a row. */
    public sealed interface Step permits Key, Index {
    }

    public record Key(String name) implements Step {
    }

    /** An array position; negative counts from the end ({@code -1} is the last element). */
    public record Index(int position) implements Step {
    }

    public FieldPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a field path needs at least one key");
        }
    }

    public static FieldPath of(String... keys) {
        return new FieldPath(java.util.Arrays.stream(keys).<Step>map(Key::new).toList());
    }

    /** Parses {@code a.b[0].c}; throws {@link IllegalArgumentException} with what is wrong. */
    public static FieldPath parse(String text) {
        String path = text.strip();
        List<Step> steps = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                flushKey(key, steps, path);
            } else if (c == '[') {
                flushKeyIfAny(key, steps);
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("`" + path + "`: `[` without `]`");
                }
                try {
                    steps.add(new Index(Integer.parseInt(path.substring(i + 1, close).strip())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("`" + path + "`: expected a number between [ and ], like [0] or [-1]", e);
                }
                i = close;
            } else {
                key.append(c);
            }
        }
        flushKeyIfAny(key, steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("empty field path");
        }
        return new FieldPath(steps);
    }

    private static void flushKey(StringBuilder key, List<Step> steps, String path) {
        if (key.isEmpty() && (steps.isEmpty() || steps.getLast() instanceof Key)) {
            throw new IllegalArgumentException("`" + path + "`: empty key between dots");
        }
        flushKeyIfAny(key, steps);
    }

    private static void flushKeyIfAny(StringBuilder key, List<Step> steps) {
        if (!key.isEmpty()) {
            steps.add(new Key(key.toString()));
            key.setLength(0);
        }
    }

    /**
     * The concrete steps of this path in {@code row}, joining neighbouring keys with dots where the
     * row's keys contain dots; empty when the row has nothing there.
     */
    public Optional<FieldPath> resolveIn(JsonNode row) {
        return resolve(row, 0).map(FieldPath::new);
    }

    private Optional<List<Step>> resolve(JsonNode node, int from) {
        if (from == steps.size()) {
            return Optional.of(List.of());
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        Step step = steps.get(from);
        if (step instanceof Index(int position)) {
            if (!node.isArray() || node.isEmpty()) {
                return Optional.empty();
            }
            int at = position < 0 ? node.size() + position : position;
            return resolve(node.get(at), from + 1).map(rest -> prepend(step, rest));
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        // longest dotted key first, so {"a.b": 1} wins over {"a": {"b": 1}} only when it exists
        for (int end = lastKeyRun(from); end >= from; end--) {
            String name = joinKeys(from, end);
            if (node.has(name)) {
                Optional<List<Step>> rest = resolve(node.get(name), end + 1);
                if (rest.isPresent()) {
                    return Optional.of(prepend(new Key(name), rest.get()));
                }
            }
        }
        return Optional.empty();
    }

    private int lastKeyRun(int from) {
        int end = from;
        while (end + 1 < steps.size() && steps.get(end + 1) instanceof Key) {
            end++;
        }
        return end;
    }

    private String joinKeys(int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i > from) {
                name.append('.');
            }
            name.append(((Key) steps.get(i)).name());
        }
        return name.toString();
    }

    private static List<Step> prepend(Step first, List<Step> rest) {
        List<Step> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The value at this path in {@code row} as text (objects and arrays as JSON), empty when absent or null. */
    public Optional<String> textIn(JsonNode row) {
        return resolveIn(row).flatMap(resolved -> {
            JsonNode node = row;
            for (Step step : resolved.steps) {
                node = switch (step) {
                    case Key(String name) -> node.get(name);
                    case Index(int position) -> node.get(position < 0 ? node.size() + position : position);
                };
            }
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            return Optional.of(node.isValueNode() ? node.asText() : node.toString());
        });
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            switch (step) {
                case Key(String name) -> text.append(text.isEmpty() ? "" : ".").append(name);
                case Index(int position) -> text.append('[').append(position).append(']');
            }
        }
        return text.toString();
    }
}
