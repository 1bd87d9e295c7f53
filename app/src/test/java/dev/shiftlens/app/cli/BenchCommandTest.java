// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code shiftlens bench accuracy}: usage and input errors are exit 2 before any analysis. */
class BenchCommandTest {

    @Test
    void aRunSmallerThanAHundredPairsIsAUsageError() {
        CliRun run = CliRun.of("bench", "accuracy", "--sizes", "50", "--pairs", "../sample-data/realdata/arena_gpt-4-0314__gpt-4-0613.jsonl");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("--sizes: each run needs at least 100 pairs");
    }

    @Test
    void anUnknownEmbeddingPathIsAUsageError() {
        CliRun run = CliRun.of("bench", "accuracy", "--embedding", "bert");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("--embedding: unknown bundled path 'bert'");
    }

    @Test
    void aMissingPairsFileIsAnInputErrorNamingIt() {
        CliRun run = CliRun.of("bench", "accuracy", "--pairs", "no-such-file.jsonl", "--sizes", "100");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("no-such-file.jsonl");
    }

    @Test
    void benchWithoutABenchmarkNamesTheOneThereIs() {
        CliRun run = CliRun.of("bench");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("shiftlens bench accuracy");
    }
}
