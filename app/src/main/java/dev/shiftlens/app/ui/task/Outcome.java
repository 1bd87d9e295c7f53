// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

/** How a piece of background work ended; delivered on the UI thread. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> { }

    record Failed<T>(Throwable error) implements Outcome<T> { }

    record Cancelled<T>() implements Outcome<T> { }
}
