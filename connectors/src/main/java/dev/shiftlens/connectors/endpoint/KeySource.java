// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

/** Where a profile's API key is looked up at the moment of use. The key itself is never part of a profile. */
public sealed interface KeySource {

    /** How to name the source in a message, without its value. */
    String describe();

    /** Self-hosted endpoints without authentication. */
    record None() implements KeySource {
        @Override
        public String describe() {
            return "no key";
        }
    }

    record EnvironmentVariable(String name) implements KeySource {
        @Override
        public String describe() {
            return "environment variable " + name;
        }
    }

    /** {@code secret-tool lookup service S account A} on Linux, {@code security find-generic-password -s S -a A -w} on macOS. */
    record Keychain(String service, String account) implements KeySource {
        @Override
        public String describe() {
            return "OS keychain entry service=" + service + " account=" + account;
        }
    }
}
