-- SPDX-License-Identifier: GPL-3.0-or-later
-- V1: runs, their imported pairs and the rows an import could not use.
CREATE SEQUENCE run_ids START 1;

CREATE TABLE runs (
    run_id        INTEGER PRIMARY KEY DEFAULT nextval('run_ids'),
    name          VARCHAR NOT NULL,
    mode          VARCHAR NOT NULL,          -- import | replay | matched
    source        VARCHAR NOT NULL,          -- file or endpoints the pairs came from
    created_at    TIMESTAMP NOT NULL DEFAULT current_timestamp,
    status        VARCHAR NOT NULL,          -- imported | analysed | failed
    settings      JSON NOT NULL DEFAULT '{}',
    rows_read     BIGINT NOT NULL DEFAULT 0,
    rows_stored   BIGINT NOT NULL DEFAULT 0,
    rows_rejected BIGINT NOT NULL DEFAULT 0
);

-- pair_id is the pair's 0-based position in the run; no primary key so bulk ingest stays fast
CREATE TABLE pairs (
    run_id           INTEGER NOT NULL,
    pair_id          INTEGER NOT NULL,
    request_id       VARCHAR NOT NULL,
    query            VARCHAR NOT NULL,
    baseline_output  VARCHAR NOT NULL,
    candidate_output VARCHAR NOT NULL,
    ts               TIMESTAMPTZ,
    baseline_model   VARCHAR NOT NULL,
    candidate_model  VARCHAR NOT NULL,
    metadata         JSON NOT NULL,
    source_line      BIGINT NOT NULL
);

CREATE TABLE rejects (
    run_id INTEGER NOT NULL,
    source VARCHAR NOT NULL,
    line   BIGINT NOT NULL,
    raw    VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);
