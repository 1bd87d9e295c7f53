// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The requests of one generated incident. Request {@code i} depends only on the seed, the number of
 * pairs and {@code i}, so rows can be produced one at a time, in any order, and always come out the same.
 */
final class IncidentTraffic {

    private record Weighted<T>(T value, double weight) {}

    private static final List<Weighted<String>> REGIONS = List.of(
            new Weighted<>("us-east", 0.30), new Weighted<>("us-west", 0.20), new Weighted<>("eu-west", 0.22),
            new Weighted<>("eu-central", 0.13), new Weighted<>("ap-southeast", 0.15));
    private static final List<Weighted<String>> TIERS = List.of(
            new Weighted<>("guest", 0.35), new Weighted<>("member", 0.50), new Weighted<>("premium", 0.15));
    private static final List<Weighted<String>> CHANNELS = List.of(
            new Weighted<>("web_chat", 0.55), new Weighted<>("mobile_app", 0.35), new Weighted<>("email", 0.10));

    private static final IntentScript EVERYDAY = new EverydayScript();
    private static final List<Weighted<IntentScript>> ENGLISH_SCRIPTS = List.of(
            new Weighted<>(new WarrantyScript(), 0.065),
            new Weighted<>(new WeeklyReportScript(), 0.04),
            new Weighted<>(new BookingScript(), 0.06),
            new Weighted<>(new ProductSpecScript(), 0.05),
            new Weighted<>(new TroubleshootingScript(), 0.085),
            new Weighted<>(new SetupScript(), 0.04),
            new Weighted<>(EVERYDAY, 0.66));

    private final long seed;
    private final long pairs;
    private final int idWidth;

    IncidentTraffic(long seed, long pairs) {
        if (pairs < 1) {
            throw new IllegalArgumentException("the number of pairs must be at least 1, was " + pairs);
        }
        this.seed = seed;
        this.pairs = pairs;
        this.idWidth = Math.max(6, Long.toString(pairs).length());
    }

    SampleRow request(long index) {
        var random = new SplittableRandom(mix(seed, index));
        Instant timestamp = IncidentTimeline.timestampOf(index, pairs, random.nextDouble());
        double day = IncidentTimeline.dayOf(timestamp);
        String region = pick(random, REGIONS);
        String language = language(random, region);
        IntentScript script = language.equals("en") ? pick(random, ENGLISH_SCRIPTS) : EVERYDAY;
        String channel = script instanceof WeeklyReportScript ? "api" : pick(random, CHANNELS);
        boolean skewed = IncidentTimeline.isSkewed(region, day);
        var segment = new Segment(region, pick(random, TIERS), language, channel,
                skewed ? IncidentTimeline.OLD_PROMPT : IncidentTimeline.NEW_PROMPT);
        var context = new RequestContext(timestamp, day, segment, skewed);

        var wording = new Wording(random, FactSheet.build(random, context));
        Exchange exchange = script.write(wording, context);
        return new SampleRow(requestId(index), exchange.query(), exchange.outputs().baseline(), exchange.outputs().candidate(),
                timestamp, IncidentTimeline.BASELINE_MODEL, IncidentTimeline.CANDIDATE_MODEL, segment,
                exchange.applied(), exchange.intent(), skewed);
    }

    private String requestId(long index) {
        String digits = Long.toString(index + 1);
        return "req-" + "0".repeat(Math.max(0, idWidth - digits.length())) + digits;
    }

    /** About 5% of traffic is German (mostly eu-central) or Spanish (eu-west and a little US). */
    private static String language(SplittableRandom random, String region) {
        double roll = random.nextDouble();
        return switch (region) {
            case "eu-central" -> roll < 0.20 ? "de" : "en";
            case "eu-west" -> roll < 0.08 ? "es" : "en";
            case "us-east", "us-west" -> roll < 0.01 ? "es" : "en";
            default -> "en";
        };
    }

    private static <T> T pick(SplittableRandom random, List<Weighted<T>> options) {
        double roll = random.nextDouble();
        double total = 0;
        for (Weighted<T> option : options) {
            total += option.weight();
            if (roll < total) {
                return option.value();
            }
        }
        return options.getLast().value();
    }

    /** Stafford's mix13: spreads (seed, index) over the whole 64-bit space so neighbouring rows are unrelated. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
