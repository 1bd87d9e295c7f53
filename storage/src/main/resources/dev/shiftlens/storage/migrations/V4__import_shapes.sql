-- SPDX-License-Identifier: GPL-3.0-or-later
-- V4: what imports of every log shape keep beside pairs. The column mapping and shape of an import
-- are saved in runs.settings ("import" key); these tables hold the rest.

-- one log spanning a model change, split into before/after; pairs come later (replay or query matching)
CREATE TABLE log_entries (
    run_id      INTEGER NOT NULL,
    entry_id    INTEGER NOT NULL,      -- 0-based position in the run, in source order
    side        VARCHAR NOT NULL,      -- before | after
    request_id  VARCHAR NOT NULL,
    query       VARCHAR NOT NULL,
    output      VARCHAR NOT NULL,
    model       VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    ts          TIMESTAMPTZ,
    metadata    JSON NOT NULL,
    source      VARCHAR NOT NULL,
    source_line BIGINT NOT NULL
);

-- stored rows that are kept but carry a warning, e.g. a null or empty output, an unreadable timestamp
CREATE TABLE import_flags (
    run_id     INTEGER NOT NULL,
    source     VARCHAR NOT NULL,
    line       BIGINT NOT NULL,
    request_id VARCHAR NOT NULL,
    flag       VARCHAR NOT NULL
);

-- rows per field with at least one match of each kind of personal data or secret
CREATE TABLE pii_counts (
    run_id INTEGER NOT NULL,
    field  VARCHAR NOT NULL,
    kind   VARCHAR NOT NULL,
    rows   BIGINT NOT NULL,
    PRIMARY KEY (run_id, field, kind)
);
