// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import dev.shiftlens.analysis.embed.MiniLmEmbedder;
import dev.shiftlens.analysis.embed.StaticEmbedder;
import dev.shiftlens.analysis.embed.TextEmbedder;

/**
 * The bundled embedding models, each made once per process on first use: MiniLM loads in about half a
 * second; the static model reads its tokenizer, and its table on first embedding (built once per machine
 * into {@link FileDistilledModelCache#standard()}).
 */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    private static final class MiniLm {
        private static final MiniLmEmbedder MODEL = MiniLmEmbedder.load();
    }

    private static final class Static {
        private static final StaticEmbedder MODEL = StaticEmbedder.create(FileDistilledModelCache.standard(),
                StaticEmbedder.Settings.defaults());
    }

    /** all-MiniLM-L6-v2 whatever the default; query matching keeps it, since its threshold was calibrated on it. */
    public static TextEmbedder local() {
        return MiniLm.MODEL;
    }

    /** The model an analysis uses unless the user chose another ({@link EmbeddingPath#DEFAULT}). */
    public static TextEmbedder standard() {
        return bundled(EmbeddingPath.DEFAULT);
    }

    /** A bundled model; {@link EmbeddingPath#ENDPOINT} needs a profile and is built by the caller. */
    public static TextEmbedder bundled(EmbeddingPath path) {
        return switch (path) {
            case MINILM -> MiniLm.MODEL;
            case STATIC -> Static.MODEL;
            case ENDPOINT -> throw new IllegalArgumentException("the endpoint path needs an embeddings profile");
        };
    }
}
