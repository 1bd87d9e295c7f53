// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

/** Whole-file compression, told by the file name's last extension. */
public enum Compression {
    NONE, GZIP, ZSTD
}
