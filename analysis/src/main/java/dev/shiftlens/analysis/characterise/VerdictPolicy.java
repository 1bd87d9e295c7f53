// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.divergence.ChangeKind;
import dev.shiftlens.analysis.result.Verdict;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which verdict each kind of change gets: the written policy ({@link ChangeKind#policy()}, documented in
 * docs/analysis.md) with the user's overrides. One run judges one kind one way, always.
 */
public record VerdictPolicy(Map<ChangeKind, Verdict> overrides) {

    public VerdictPolicy {
        overrides = Map.copyOf(overrides);
    }

    public static VerdictPolicy written() {
        return new VerdictPolicy(Map.of());
    }

    public Verdict verdictOf(ChangeKind kind) {
        return overrides.getOrDefault(kind, kind.policy());
    }

    /**
     * Overrides from {@code kind = verdict} lines (a properties or YAML-like file: {@code refusal_appeared: neutral});
     * blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line, the unknown kind or verdict, and the valid ones
     */
    public static VerdictPolicy parse(String text) {
        Map<ChangeKind, Verdict> overrides = new EnumMap<>(ChangeKind.class);
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[:=]", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException("line %d: expected `kind: verdict`, got `%s`".formatted(i + 1, line));
            }
            overrides.put(kind(parts[0].strip(), i + 1), verdict(parts[1].strip(), i + 1));
        }
        return new VerdictPolicy(overrides);
    }

    /** The policy in effect, one {@code kind: verdict} line per kind, for provenance and for a user to start a file from. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (ChangeKind kind : ChangeKind.values()) {
            text.append(kind.name().toLowerCase(Locale.ROOT)).append(": ").append(verdictOf(kind).label()).append('\n');
        }
        return text.toString();
    }

    /** The user's overrides only, one {@code kind: verdict} line each in kind order: what {@link #parse} reads back. */
    public String describeOverrides() {
        StringBuilder text = new StringBuilder();
        for (ChangeKind kind : ChangeKind.values()) {
            if (overrides.containsKey(kind)) {
                text.append(kind.name().toLowerCase(Locale.ROOT)).append(": ").append(overrides.get(kind).label()).append('\n');
            }
        }
        return text.toString();
    }

    private static ChangeKind kind(String name, int line) {
        try {
            return ChangeKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line %d: unknown kind of change `%s`; known: %s".formatted(line, name,
                    java.util.Arrays.stream(ChangeKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList()), e);
        }
    }

    private static Verdict verdict(String name, int line) {
        try {
            return Verdict.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line %d: unknown verdict `%s`; use regression, improvement or neutral".formatted(line, name), e);
        }
    }
}
