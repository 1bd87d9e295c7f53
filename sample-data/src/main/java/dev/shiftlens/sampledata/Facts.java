// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.HashMap;
import java.util.Map;

/** The concrete details of one request (customer, product, order...) that phrases fill in. */
final class Facts {

    private final Map<String, String> values = new HashMap<>();

    Facts put(String key, String value) {
        values.put(key, value);
        return this;
    }

    String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("phrase asks for unknown fact ${" + key + "}");
        }
        return value;
    }
}
