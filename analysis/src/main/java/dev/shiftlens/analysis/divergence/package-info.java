// SPDX-License-Identifier: GPL-3.0-or-later
/** Per-pair divergence scores and the noise floor that separates real change from paraphrase. */
package dev.shiftlens.analysis.divergence;
