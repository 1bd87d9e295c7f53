// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** What a profile asks of the model's sampling; absent values are left to the server's defaults. */
public record SamplingParameters(OptionalDouble temperature, OptionalDouble topP, OptionalInt maxTokens,
                                 OptionalLong seed, List<String> stop) {

    public SamplingParameters {
        stop = List.copyOf(stop);
    }

    public static SamplingParameters serverDefaults() {
        return new SamplingParameters(OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(),
                OptionalLong.empty(), List.of());
    }
}
