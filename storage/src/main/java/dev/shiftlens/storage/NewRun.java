// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/**
 * A run whose pairs are produced by Shiftlens itself (replay, matched windows) rather than imported.
 *
 * @param mode     replay | retrospective | matched
 * @param source   where the queries came from and which endpoints answered, for people
 * @param settings JSON object with what produced the run (profiles without keys, sample, seed...)
 */
public record NewRun(String name, String mode, String source, String settings) {
}
