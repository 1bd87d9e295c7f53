// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class TaskListTest {

    /** Holds submitted work until the test lets it run, as the real pool would hold it on another thread. */
    private static final class HeldExecutor implements TaskExecutor {

        private record Held<T>(BackgroundWork<T> work, ProgressListener progress, Consumer<Outcome<T>> onOutcome,
                               Cancellation cancellation) {
            void run() {
                try {
                    onOutcome.accept(new Outcome.Done<>(work.run(progress, cancellation)));
                } catch (CancelledException e) {
                    onOutcome.accept(new Outcome.Cancelled<>());
                } catch (Exception e) {
                    onOutcome.accept(new Outcome.Failed<>(e));
                }
            }
        }

        final List<Held<?>> held = new ArrayList<>();

        @Override
        public <T> RunningTask submit(String title, BackgroundWork<T> work, ProgressListener progress, Consumer<Outcome<T>> onOutcome) {
            Held<T> task = new Held<>(work, progress, onOutcome, new Cancellation());
            held.add(task);
            return task.cancellation()::cancel;
        }

        void runAll() {
            List<Held<?>> now = List.copyOf(held);
            held.clear();
            now.forEach(Held::run);
        }

        @Override
        public void shutdown() {
        }
    }

    private final HeldExecutor executor = new HeldExecutor();
    private final TaskList tasks = new TaskList(executor, Clock.fixed(Instant.parse("2026-04-06T10:00:00Z"), ZoneOffset.UTC));

    private static BackgroundWork<String> steps(String result) {
        return (progress, cancel) -> {
            progress.update(0.5, "half way");
            cancel.checkpoint();
            return result;
        };
    }

    @Test
    void runningTasksAreCountedUntilTheyFinish() {
        List<String> results = new ArrayList<>();
        tasks.submit("Importing a.jsonl", steps("a"), (Outcome<String> outcome) -> results.add(outcome.toString()));
        tasks.submit("Analysing a.jsonl", steps("b"), outcome -> { });

        assertThat(tasks.runningCountProperty().get()).isEqualTo(2);
        assertThat(tasks.entries()).extracting(TaskEntry::name).containsExactly("Analysing a.jsonl", "Importing a.jsonl");
        assertThat(tasks.entries()).allSatisfy(entry -> assertThat(entry.stateProperty().get()).isEqualTo(TaskState.RUNNING));

        executor.runAll();

        assertThat(tasks.runningCountProperty().get()).isZero();
        assertThat(tasks.entries()).allSatisfy(entry -> {
            assertThat(entry.stateProperty().get()).isEqualTo(TaskState.DONE);
            assertThat(entry.progressProperty().get()).isEqualTo(1.0);
            assertThat(entry.messageProperty().get()).isEqualTo("Done in 0.0 s: half way");
        });
        assertThat(results).containsExactly("Done[value=a]");
    }

    @Test
    void progressIsShownOnTheEntryAndPassedOn() {
        List<String> seen = new ArrayList<>();
        tasks.submit("Exporting", (progress, cancel) -> {
            progress.update(0.25, "writing report.html");
            assertThat(tasks.entries().getFirst().progressProperty().get()).isEqualTo(0.25);
            assertThat(tasks.entries().getFirst().messageProperty().get()).isEqualTo("writing report.html");
            return "done";
        }, (fraction, message) -> seen.add(fraction + " " + message), outcome -> { });

        executor.runAll();

        assertThat(seen).containsExactly("0.25 writing report.html");
    }

    @Test
    void cancellingOneTaskStopsItAtItsNextCheckpointAndLeavesTheOthers() {
        List<Outcome<String>> outcomes = new ArrayList<>();
        tasks.submit("Importing a.jsonl", steps("a"), outcomes::add);
        RunningTask second = tasks.submit("Importing b.jsonl", steps("b"), outcomes::add);

        second.cancel();
        assertThat(tasks.entries().getFirst().messageProperty().get()).isEqualTo("Cancelling…");
        executor.runAll();

        assertThat(outcomes).containsExactly(new Outcome.Done<>("a"), new Outcome.Cancelled<>());
        assertThat(tasks.entries()).extracting(entry -> entry.stateProperty().get())
                .containsExactly(TaskState.CANCELLED, TaskState.DONE);
        assertThat(tasks.runningCountProperty().get()).isZero();
    }

    @Test
    void aFailedTaskSaysWhy() {
        tasks.submit("Analysing", (progress, cancel) -> {
            throw new IllegalStateException("no pairs to analyse\nstack detail");
        }, outcome -> { });

        executor.runAll();

        TaskEntry entry = tasks.entries().getFirst();
        assertThat(entry.stateProperty().get()).isEqualTo(TaskState.FAILED);
        assertThat(entry.messageProperty().get()).isEqualTo("Failed after 0.0 s: no pairs to analyse");
        entry.cancel();
        assertThat(entry.stateProperty().get()).as("a finished task cannot be cancelled").isEqualTo(TaskState.FAILED);
    }

    @Test
    void keepsTheLastTwentyFinishedTasksAndEveryRunningOne() {
        tasks.submit("Long analysis", steps("long"), outcome -> { });
        List<Object> finishedNow = new ArrayList<>();
        executor.held.clear(); // the long analysis stays running: its work is never let run
        for (int i = 1; i <= 25; i++) {
            tasks.submit("Export " + i, steps("e" + i), finishedNow::add);
            executor.runAll();
        }

        assertThat(finishedNow).hasSize(25);
        assertThat(tasks.runningCountProperty().get()).isEqualTo(1);
        assertThat(tasks.entries()).hasSize(TaskList.FINISHED_KEPT + 1);
        assertThat(tasks.entries().getFirst().name()).isEqualTo("Export 25");
        assertThat(tasks.entries()).extracting(TaskEntry::name).contains("Export 6", "Long analysis").doesNotContain("Export 5", "Export 1");
    }
}
