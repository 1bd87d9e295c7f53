// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.time.Duration;
import java.time.Instant;

/** When things happened in the story: the cutover, the export window, the eu-west version skew. */
final class IncidentTimeline {

    static final String BASELINE_MODEL = "prod-2026-03";
    static final String CANDIDATE_MODEL = "cand-2026-04";
    static final String OLD_PROMPT = "v46";
    static final String NEW_PROMPT = "v47";

    /** The candidate took over production traffic here; the paired export starts at the same moment. */
    static final Instant CUTOVER = Instant.parse("2026-04-06T00:00:00Z");
    static final int DAYS = 14;
    static final Duration WINDOW = Duration.ofDays(DAYS);

    static final String SKEWED_REGION = "eu-west";
    /** Days 3 to 7 of the window (1-based), i.e. 2026-04-08 to 2026-04-12 inclusive. */
    static final int SKEW_FIRST_DAY = 3;
    static final int SKEW_LAST_DAY = 7;

    private IncidentTimeline() {}

    /** Requests are spread evenly over the window, in request-id order, with a little jitter. */
    static Instant timestampOf(long index, long pairs, double jitter) {
        double position = (index + jitter) / pairs;
        long millis = (long) Math.floor(position * WINDOW.toMillis());
        return CUTOVER.plusMillis(millis);
    }

    /** Fractional days since the cutover, 0 (inclusive) to 14 (exclusive). */
    static double dayOf(Instant timestamp) {
        return Duration.between(CUTOVER, timestamp).toMillis() / (double) Duration.ofDays(1).toMillis();
    }

    static boolean isSkewed(String region, double day) {
        int dayNumber = (int) Math.floor(day) + 1;
        return SKEWED_REGION.equals(region) && dayNumber >= SKEW_FIRST_DAY && dayNumber <= SKEW_LAST_DAY;
    }

    /** The candidate's chance of refusing a booking: none for two days, then rising to 90% by day 12. */
    static double bookingRefusalRate(double day) {
        return Math.clamp(0.9 * (day - 1.0) / 11.0, 0.0, 0.9);
    }
}
