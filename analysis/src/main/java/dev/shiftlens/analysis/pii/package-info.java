// SPDX-License-Identifier: GPL-3.0-or-later
/** What personal data and secrets look like in logged text, so an import can count them and reports can redact them. */
package dev.shiftlens.analysis.pii;
