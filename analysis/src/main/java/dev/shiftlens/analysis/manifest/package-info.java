// SPDX-License-Identifier: GPL-3.0-or-later
/** Release manifests: what each side of a run was (model, endpoint, prompt, parameters), compared side by side. */
package dev.shiftlens.analysis.manifest;
