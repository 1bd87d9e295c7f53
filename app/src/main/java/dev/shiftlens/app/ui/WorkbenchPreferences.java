// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the workbench remembers between sessions through {@link Preferences}: window position and
 * size, split positions, theme, the last workspace and a short list of recent ones, and the last
 * endpoint profiles file. Tests pass their own node so they never touch the user's settings.
 */
final class WorkbenchPreferences {

    static final int RECENT = 8;
    private static final String SEPARATOR = "\n";

    /** Window position and size in screen coordinates. */
    record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences node;

    WorkbenchPreferences(Preferences node) {
        this.node = node;
    }

    static WorkbenchPreferences user() {
        return new WorkbenchPreferences(Preferences.userRoot().node("dev/shiftlens/workbench"));
    }

    Optional<Path> lastWorkspace() {
        return recentWorkspaces().stream().findFirst();
    }

    /** Most recent first, without duplicates. */
    List<Path> recentWorkspaces() {
        List<Path> paths = new ArrayList<>();
        for (String line : node.get("recentWorkspaces", "").split(SEPARATOR)) {
            try {
                if (!line.isBlank()) {
                    paths.add(Path.of(line));
                }
            } catch (InvalidPathException ignored) {
                // a path from another system; skip it
            }
        }
        return paths;
    }

    void rememberWorkspace(Path workspace) {
        List<Path> paths = new ArrayList<>(recentWorkspaces());
        Path absolute = workspace.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.addFirst(absolute);
        node.put("recentWorkspaces", String.join(SEPARATOR, paths.stream().limit(RECENT).map(Path::toString).toList()));
        flush();
    }

    /** The endpoint profiles file the Replay dialog loaded last. */
    Optional<Path> lastProfiles() {
        try {
            String stored = node.get("replay.profiles", "");
            return stored.isBlank() ? Optional.empty() : Optional.of(Path.of(stored));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    void rememberProfiles(Path profiles) {
        node.put("replay.profiles", profiles.toAbsolutePath().normalize().toString());
        flush();
    }

    Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    void theme(Theme theme) {
        node.put("theme", theme.name());
        flush();
    }

    Optional<WindowBounds> window() {
        double width = node.getDouble("window.width", -1);
        if (width <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width,
                node.getDouble("window.height", 800), node.getBoolean("window.maximized", false)));
    }

    void window(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
        flush();
    }

    /** The window is maximised: keep the last normal bounds, mark it maximised. */
    void preserveMaximized() {
        node.putBoolean("window.maximized", true);
        flush();
    }

    /** Divider positions of a split pane, or {@code defaults} when none are stored or their count differs. */
    double[] dividers(String pane, double... defaults) {
        String stored = node.get("dividers." + pane, "");
        try {
            double[] values = Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).mapToDouble(Double::parseDouble).toArray();
            return values.length == defaults.length ? values : defaults;
        } catch (NumberFormatException e) {
            return defaults;
        }
    }

    void saveDividers(String pane, double[] positions) {
        node.put("dividers." + pane, String.join(",", Arrays.stream(positions).mapToObj(Double::toString).toList()));
    }

    /** Writes to disk off the calling thread: the file-backed store takes a file lock and ~0.3 s here, too long for the FX thread. */
    void flush() {
        Thread.startVirtualThread(() -> {
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException ignored) {
                // preferences are a convenience (and a removed test node has nothing to write); the workbench works the same without them
            }
        });
    }
}
