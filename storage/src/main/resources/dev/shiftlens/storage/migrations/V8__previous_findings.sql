-- SPDX-License-Identifier: GPL-3.0-or-later
-- V8: findings whose cluster a re-analysis did not find again. Cluster ids are positions in one
-- analysis, so such a finding cannot stay keyed by its id (it would land on an unrelated cluster);
-- it is kept here with the cluster it was about, as belonging to the earlier analysis.
CREATE TABLE previous_findings (
    run_id           INTEGER NOT NULL,
    cluster_id       INTEGER NOT NULL,   -- the id in the earlier analysis
    cluster_label    VARCHAR NOT NULL,
    cluster_size     INTEGER NOT NULL,
    verdict_override VARCHAR,
    note             VARCHAR NOT NULL,
    updated_at       TIMESTAMP NOT NULL,
    superseded_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);
