// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

/** Receives progress after every finished request; called from many threads at once. */
@FunctionalInterface
public interface ReplayListener {

    ReplayListener NONE = progress -> { };

    void progressed(ReplayProgress progress);
}
