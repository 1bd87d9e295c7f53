// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import dev.shiftlens.analysis.embed.MiniLmEmbedder;
import dev.shiftlens.analysis.embed.TextEmbedder;

/** The bundled sentence-embedding model, loaded once per process on first use (about half a second). */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    private static final class Holder {
        private static final MiniLmEmbedder LOCAL = MiniLmEmbedder.load();
    }

    public static TextEmbedder local() {
        return Holder.LOCAL;
    }
}
