// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Model endpoints over OkHttp: named profiles read from a file, keys from the environment or the OS
 * keychain (never stored, logged or put in a message), OpenAI-compatible chat completions (OpenAI,
 * vLLM, Ollama, LM Studio, llama.cpp server, TGI), Anthropic Messages, and an OpenAI-compatible
 * embeddings endpoint as an alternative {@link dev.shiftlens.analysis.embed.TextEmbedder}.
 */
package dev.shiftlens.connectors.endpoint;
