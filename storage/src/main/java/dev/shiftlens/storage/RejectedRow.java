// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/** A source row an import could not use, kept with its line and raw text so nothing is silently lost. */
public record RejectedRow(String source, long line, String raw, String reason) {

    /** {@code file:line: reason}, the form compilers use, so editors and terminals can jump to it. */
    public String describe() {
        return source + ":" + line + ": " + reason;
    }
}
