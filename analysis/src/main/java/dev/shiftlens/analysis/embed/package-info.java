// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Sentence embeddings of texts: the {@link dev.shiftlens.analysis.embed.TextEmbedder} seam, the bundled
 * all-MiniLM-L6-v2 model ({@link dev.shiftlens.analysis.embed.MiniLmEmbedder}), de-duplication and an
 * external cache. ONNX Runtime and tokenizer types stay in package-private adapters.
 */
package dev.shiftlens.analysis.embed;
