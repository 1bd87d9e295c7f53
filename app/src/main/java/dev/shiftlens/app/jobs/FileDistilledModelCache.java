// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import dev.shiftlens.analysis.embed.DistilledModelCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Models built on this machine, one file each in a folder: by default {@code $SHIFTLENS_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/shiftlens}, else {@code ~/.cache/shiftlens} (the system property
 * {@code shiftlens.cache.dir} overrides all). A file is written to a temporary name and renamed, so a reader,
 * another process included, sees a whole file or none; an unwritable folder only costs a rebuild next time.
 */
public final class FileDistilledModelCache implements DistilledModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(FileDistilledModelCache.class);

    private final Path folder;

    public FileDistilledModelCache(Path folder) {
        this.folder = folder;
    }

    public static FileDistilledModelCache standard() {
        return new FileDistilledModelCache(standardFolder());
    }

    static Path standardFolder() {
        String property = System.getProperty("shiftlens.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("SHIFTLENS_CACHE_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("shiftlens");
    }

    @Override
    public Optional<byte[]> read(String name) {
        try {
            return Optional.of(Files.readAllBytes(folder.resolve(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read {} ({}); it will be rebuilt.", folder.resolve(name), e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void write(String name, byte[] content) {
        Path target = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, name, ".part");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            LOG.warn("Cannot store {} ({}); it will be built again next time. Set SHIFTLENS_CACHE_DIR to a writable folder.",
                    target, e.toString());
        }
    }

    @Override
    public String locate(String name) {
        return folder.resolve(name).toString();
    }
}
