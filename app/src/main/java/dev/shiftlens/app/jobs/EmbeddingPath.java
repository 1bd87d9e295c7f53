// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which model embeds the outputs of an analysis: the user's choice, by the name the CLI takes. */
public enum EmbeddingPath {
    /** all-MiniLM-L6-v2 per text: the most accurate bundled path, about 60-190 texts/s on two cores. */
    MINILM,
    /** The static table distilled from MiniLM: the default, two orders of magnitude faster. */
    STATIC,
    /** An OpenAI-compatible embeddings endpoint from a profile. */
    ENDPOINT;

    public static final EmbeddingPath DEFAULT = STATIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmbeddingPath> of(String id) {
        return Arrays.stream(values()).filter(path -> path.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(EmbeddingPath::id).collect(Collectors.joining("|"));
    }
}
