// SPDX-License-Identifier: GPL-3.0-or-later
/** The segment view: each cluster's share of every value of a metadata field, and metric distributions as charts. */
package dev.shiftlens.app.ui.segments;
