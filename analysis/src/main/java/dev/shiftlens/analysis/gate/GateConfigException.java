// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

/** A threshold configuration that cannot be used; {@code key} is the offending setting. */
public final class GateConfigException extends RuntimeException {

    private final String key;

    public GateConfigException(String key, String problem) {
        super("gate setting `" + key + "`: " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
