// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.replay;

import dev.shiftlens.app.ui.dialog.WorkbenchException;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.EndpointProfiles;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.KeyUnavailableException;
import dev.shiftlens.connectors.endpoint.ProfileFileException;
import dev.shiftlens.connectors.replay.ReplayMode;

import java.util.Optional;

/** What the user chose in the Replay window, read from its fields: the arguments of {@code ReplayJob.prepare}. */
record ReplayChoice(EndpointProfile baseline, Optional<EndpointProfile> candidate, int sample, ReplayViewModel.Stratify stratify,
                    long seed, int repeats) {

    /** Every field read, or the first one to fix. */
    sealed interface Read {
        record Valid(ReplayChoice choice) implements Read {
        }

        record Invalid(String whatToFix) implements Read {
        }
    }

    /** The window's fields as text, as typed. */
    record Fields(ReplayViewModel.Mode mode, String baseline, String candidate, String sample, ReplayViewModel.Stratify stratify,
                  String seed, String repeats) {
    }

    static Read read(EndpointProfiles profiles, Fields fields) {
        boolean both = fields.mode() == ReplayViewModel.Mode.PRE_PROMOTION;
        if (fields.baseline().isBlank() || (both && fields.candidate().isBlank())) {
            return new Read.Invalid(both ? "Choose a baseline and a candidate profile." : "Choose the baseline profile.");
        }
        Optional<Long> sample = whole(fields.sample()).filter(n -> n >= 1 && n <= Integer.MAX_VALUE);
        if (sample.isEmpty()) {
            return new Read.Invalid("Sample size must be a whole number of queries, at least 1.");
        }
        Optional<Long> seed = whole(fields.seed());
        if (seed.isEmpty()) {
            return new Read.Invalid("Seed must be a whole number.");
        }
        Optional<Long> repeats = whole(fields.repeats()).filter(n -> n >= 0 && n <= sample.get());
        if (repeats.isEmpty()) {
            return new Read.Invalid("Repeated baseline samples must be between 0 and the sample size (at least 5 to measure the noise floor).");
        }
        try {
            EndpointProfile baseline = profiles.get(fields.baseline());
            Optional<EndpointProfile> candidate = both ? Optional.of(profiles.get(fields.candidate())) : Optional.empty();
            return new Read.Valid(new ReplayChoice(baseline, candidate, sample.get().intValue(), fields.stratify(), seed.get(),
                    repeats.get().intValue()));
        } catch (ProfileFileException e) {
            return new Read.Invalid(e.getMessage());
        }
    }

    /** Opens the endpoints with their keys; nothing is sent until the replay. A missing key is the user's to fix. */
    ReplayMode open(KeyResolver keys) {
        try {
            ChatEndpoint base = ChatEndpoint.open(baseline, keys.resolve(baseline));
            if (candidate.isEmpty()) {
                return new ReplayMode.Retrospective(base);
            }
            return new ReplayMode.PrePromotion(base, ChatEndpoint.open(candidate.get(), keys.resolve(candidate.get())));
        } catch (KeyUnavailableException e) {
            throw new WorkbenchException(e.getMessage());
        }
    }

    private static Optional<Long> whole(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
