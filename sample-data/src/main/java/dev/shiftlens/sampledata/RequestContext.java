// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.time.Instant;

/** Where and when a request came in, and whether the candidate side still ran the old prompt. */
record RequestContext(Instant timestamp, double day, Segment segment, boolean versionSkew) {

    String language() {
        return segment.language();
    }
}
