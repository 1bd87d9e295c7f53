// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

/** The embedding model could not be loaded or run; the message says so in user terms, the cause has the details. */
public final class EmbeddingException extends RuntimeException {

    public EmbeddingException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
