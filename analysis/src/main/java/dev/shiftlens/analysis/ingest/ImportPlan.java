// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import java.util.List;

/** One import: its source files, their mappings and what to build from them. */
public sealed interface ImportPlan {

    List<SourceFile> files();

    /** Rows that each carry both outputs: the canonical record, or anything mapped onto it. */
    record PairedLog(SourceFile file, ColumnMapping mapping) implements ImportPlan {
        @Override
        public List<SourceFile> files() {
            return List.of(file);
        }
    }

    /** One log per model, each row one output, paired by {@code join}; unmatched rows stay visible as rejects. */
    record PerModelLogs(SourceFile baseline, ColumnMapping baselineMapping, SourceFile candidate,
                        ColumnMapping candidateMapping, JoinKey join) implements ImportPlan {
        @Override
        public List<SourceFile> files() {
            return List.of(baseline, candidate);
        }
    }

    /** One log spanning a model change, each row one output, stored as before/after entries without pairs. */
    record CutoverLog(SourceFile file, ColumnMapping mapping, CutoverSplit split) implements ImportPlan {
        @Override
        public List<SourceFile> files() {
            return List.of(file);
        }
    }
}
