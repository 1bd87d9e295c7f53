-- SPDX-License-Identifier: GPL-3.0-or-later
-- V3: sentence vectors by model and text hash, shared by every run of the workspace, so
-- re-analysing (or resuming a cancelled analysis) embeds only texts not seen before.
CREATE TABLE embeddings (
    model    VARCHAR NOT NULL,
    text_key VARCHAR NOT NULL,    -- SHA-256 of the text
    vector   BLOB NOT NULL,       -- little-endian float32s
    PRIMARY KEY (model, text_key)
);
