// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/**
 * How many pairs with one value of a metadata field fall into one cluster.
 *
 * @param clusterId the cluster, or -1 for pairs not diverged or not clustered
 * @param value     the field's value, or {@link #MISSING} when a pair does not carry the field
 */
public record SegmentCount(String value, int clusterId, int pairs) {

    public static final String MISSING = "(missing)";
}
