// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The sample incident in memory, for other modules' tests and benchmarks. The committed files under
 * {@code sample-data/incident/} are {@code generate(DEFAULT_SEED, DEFAULT_PAIRS)} written out.
 */
public final class SampleIncident {

    public static final long DEFAULT_SEED = 4647L;
    public static final int DEFAULT_PAIRS = 3000;

    /** The six planted behaviour changes, as named in truth.csv. */
    public static final List<String> PLANTED_CLASSES = Arrays.stream(PlantedClass.values())
            .filter(c -> c != PlantedClass.PARAPHRASE_NOISE).map(PlantedClass::wireName).toList();

    /** The truth label of every request with no planted change applied. */
    public static final String NOISE_CLASS = PlantedClass.PARAPHRASE_NOISE.wireName();

    public static final String BASELINE_MODEL = IncidentTimeline.BASELINE_MODEL;
    public static final String CANDIDATE_MODEL = IncidentTimeline.CANDIDATE_MODEL;

    private SampleIncident() {}

    /** All requests of an incident, in request-id (and timestamp) order. */
    public static List<SampleRow> generate(long seed, int pairs) {
        return stream(seed, pairs).toList();
    }

    /** The same requests produced lazily, one at a time, for sizes that do not fit in memory. */
    public static Stream<SampleRow> stream(long seed, long pairs) {
        var traffic = new IncidentTraffic(seed, pairs);
        return LongStream.range(0, pairs).mapToObj(traffic::request);
    }
}
