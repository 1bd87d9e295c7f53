-- SPDX-License-Identifier: GPL-3.0-or-later
-- V7: release manifests, what each side of a run was (model, endpoint, prompt version or hash,
-- sampling parameters, tool-schema hash, user-supplied entries), shown side by side in reports.
CREATE TABLE run_manifests (
    run_id   INTEGER NOT NULL,
    side     VARCHAR NOT NULL,   -- baseline | candidate
    manifest JSON NOT NULL,      -- flat object of text values
    PRIMARY KEY (run_id, side)
);
