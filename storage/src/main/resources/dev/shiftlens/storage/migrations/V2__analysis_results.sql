-- SPDX-License-Identifier: GPL-3.0-or-later
-- V2: what an analysis computed for a run, and the user's findings about it.
CREATE TABLE analyses (
    run_id      INTEGER PRIMARY KEY,
    finished_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    summary     JSON NOT NULL,
    settings    JSON NOT NULL
);

CREATE TABLE pair_results (
    run_id     INTEGER NOT NULL,
    pair_id    INTEGER NOT NULL,
    request_id VARCHAR NOT NULL,
    divergence DOUBLE NOT NULL,
    diverged   BOOLEAN NOT NULL,
    cluster_id INTEGER NOT NULL,   -- -1: not diverged or noise
    x          DOUBLE NOT NULL,
    y          DOUBLE NOT NULL,
    metrics    JSON NOT NULL,
    changes    JSON NOT NULL
);

CREATE TABLE clusters (
    run_id         INTEGER NOT NULL,
    cluster_id     INTEGER NOT NULL,
    summary        JSON NOT NULL,   -- the ClusterSummary as computed (label, verdict, reasons, deltas...)
    PRIMARY KEY (run_id, cluster_id)
);

CREATE TABLE findings (
    run_id           INTEGER NOT NULL,
    cluster_id       INTEGER NOT NULL,
    verdict_override VARCHAR,      -- null: the computed verdict stands
    note             VARCHAR NOT NULL,
    updated_at       TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (run_id, cluster_id)
);
