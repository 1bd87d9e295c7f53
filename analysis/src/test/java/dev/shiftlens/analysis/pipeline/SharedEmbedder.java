// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.embed.DedupingEmbedder;
import dev.shiftlens.analysis.embed.InMemoryEmbeddingCache;
import dev.shiftlens.analysis.embed.MiniLmEmbedder;
import dev.shiftlens.analysis.embed.TextEmbedder;

/** The real bundled model, loaded once for all pipeline tests, with one cache so a text is embedded once per test run. */
final class SharedEmbedder {

    private static final TextEmbedder INSTANCE = new DedupingEmbedder(MiniLmEmbedder.load(), new InMemoryEmbeddingCache());

    private SharedEmbedder() {
    }

    static TextEmbedder get() {
        return INSTANCE;
    }
}
