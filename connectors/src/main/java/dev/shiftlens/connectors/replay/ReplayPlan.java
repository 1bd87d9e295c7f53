// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The requests a replay makes for a sample of logged queries, in query order with each query's
 * sides next to each other (so a stopped replay leaves few half pairs), plus the repeated
 * baseline samples for the noise floor.
 *
 * @param sample     the sampled log records, in log order
 * @param repeated   positions in {@code sample} whose baseline is asked a second time
 */
public record ReplayPlan(List<PairRecord> sample, ReplayMode mode, Set<Integer> repeated, List<ReplayRequest> requests) {

    public ReplayPlan {
        sample = List.copyOf(sample);
        repeated = Set.copyOf(repeated);
        requests = List.copyOf(requests);
    }

    /**
     * @param repeats how many sampled queries the baseline answers twice (0 for none), chosen with {@code seed}
     */
    public static ReplayPlan of(List<PairRecord> sample, ReplayMode mode, int repeats, long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, sample.size()).boxed().toList());
        Collections.shuffle(order, new Random(seed ^ 0x5eed_0f_5a3e1eL));
        Set<Integer> repeated = new HashSet<>(order.subList(0, Math.min(Math.max(0, repeats), sample.size())));
        List<ReplayRequest> requests = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            PairRecord pair = sample.get(i);
            switch (mode) {
                case ReplayMode.PrePromotion both -> {
                    requests.add(request(i, pair, Side.BASELINE, both.baseline(), 0, pair.baselineOutput()));
                    requests.add(request(i, pair, Side.CANDIDATE, both.candidate(), 0, pair.candidateOutput()));
                    if (repeated.contains(i)) {
                        requests.add(request(i, pair, Side.BASELINE_REPEAT, both.baseline(), 1, pair.baselineOutput()));
                    }
                }
                case ReplayMode.Retrospective retro -> {
                    requests.add(request(i, pair, Side.BASELINE, retro.preUpdate(), 0, loggedOutput(pair)));
                    if (repeated.contains(i)) {
                        requests.add(request(i, pair, Side.BASELINE_REPEAT, retro.preUpdate(), 1, loggedOutput(pair)));
                    }
                }
            }
        }
        return new ReplayPlan(sample, mode, repeated, requests);
    }

    private static ReplayRequest request(int index, PairRecord pair, Side side, ChatEndpoint endpoint, int sampleIndex,
                                         String loggedOutput) {
        String logged = loggedOutput.isBlank() ? (pair.baselineOutput().isBlank() ? pair.candidateOutput() : pair.baselineOutput())
                : loggedOutput;
        return new ReplayRequest(index, pair.requestId(), pair.query(), side, endpoint, sampleIndex,
                RequestKey.of(endpoint, pair.query(), sampleIndex), TokenEstimate.of(endpoint.profile(), pair.query(), logged));
    }

    /** The updated model's logged answer in a retrospective: candidate_output, else baseline_output. */
    static String loggedOutput(PairRecord pair) {
        return pair.candidateOutput().isBlank() ? pair.baselineOutput() : pair.candidateOutput();
    }

    /** Requests, tokens and money per endpoint, counting each distinct request once and cached ones as free. */
    public CostEstimate estimate(ResponseCache cache) {
        Map<String, CostEstimate.Line> lines = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> kept = cache.findAll(requests.stream().map(ReplayRequest::cacheKey).distinct().toList()).keySet();
        for (ReplayRequest request : requests) {
            if (!seen.add(request.cacheKey())) {
                continue;
            }
            boolean cached = kept.contains(request.cacheKey());
            var profile = request.endpoint().profile();
            CostEstimate.Line line = lines.getOrDefault(profile.name(),
                    new CostEstimate.Line(profile.name(), profile.model(), 0, 0, 0, 0, 0, 0));
            lines.put(profile.name(), cached
                    ? new CostEstimate.Line(line.profile(), line.model(), line.requests() + 1, line.cached() + 1,
                            line.inputTokens(), line.outputTokens(), line.expectedUsd(), line.worstUsd())
                    : new CostEstimate.Line(line.profile(), line.model(), line.requests() + 1, line.cached(),
                            line.inputTokens() + request.tokens().input(), line.outputTokens() + request.tokens().output(),
                            line.expectedUsd() + request.expectedUsd(), line.worstUsd() + request.worstCaseUsd()));
        }
        return new CostEstimate(new ArrayList<>(lines.values()));
    }
}
