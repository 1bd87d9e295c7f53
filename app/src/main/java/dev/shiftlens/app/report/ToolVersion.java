// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import java.util.Optional;

/** The version stamped into artifacts and reports: the jar's Implementation-Version, "dev" from sources. */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String current() {
        return Optional.ofNullable(ToolVersion.class.getPackage().getImplementationVersion()).orElse("dev");
    }
}
