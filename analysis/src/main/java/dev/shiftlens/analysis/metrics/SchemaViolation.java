// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

/** Where an output breaks its JSON Schema ({@code $} for the whole output, {@code items[3].sku} ...) and how. */
public record SchemaViolation(String path, String message) {
}
