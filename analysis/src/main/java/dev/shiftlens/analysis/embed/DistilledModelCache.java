// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a model built on this machine from the bundled one (the {@link StaticEmbedder}'s table) is kept between
 * runs. The analysis module does no file I/O: the application supplies a folder-backed implementation, tests and
 * one-off uses an in-memory one. Contents are opaque bytes; the model checks its own header and checksum, so an
 * implementation need not. Implementations must be safe for use from several threads and processes (write whole
 * files, e.g. by renaming a finished temporary file).
 */
public interface DistilledModelCache {

    /** The bytes stored under {@code name}, or empty when there are none or they cannot be read. */
    Optional<byte[]> read(String name);

    /** Stores {@code content} under {@code name}, replacing what was there; failing to store is not fatal to the caller. */
    void write(String name, byte[] content);

    /** Where {@code name} is kept, for log lines and messages (a path, or "memory"). */
    String locate(String name);

    /** A cache in the heap, forgotten with it. */
    static DistilledModelCache inMemory() {
        Map<String, byte[]> stored = new ConcurrentHashMap<>();
        return new DistilledModelCache() {
            @Override
            public Optional<byte[]> read(String name) {
                return Optional.ofNullable(stored.get(name)).map(byte[]::clone);
            }

            @Override
            public void write(String name, byte[] content) {
                stored.put(name, content.clone());
            }

            @Override
            public String locate(String name) {
                return "memory:" + name;
            }
        };
    }
}
