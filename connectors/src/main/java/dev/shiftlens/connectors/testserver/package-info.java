// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * A small, deterministic stand-in for model endpoints on loopback (OpenAI-compatible chat
 * completions and embeddings, Anthropic Messages) that can inject faults: the replay tests use it,
 * and {@code ./shiftlens test-server} lets a user try the replay flow without any real model.
 */
package dev.shiftlens.connectors.testserver;
