-- SPDX-License-Identifier: GPL-3.0-or-later
-- V5: every answer a model endpoint gave during replay, stored the moment it arrives, so a crash or
-- cancel loses nothing paid for and a rerun asks only what is missing. Keyed by a hash of the
-- endpoint profile (kind, URL, model, sampling, system prompt, prompt version), the prompt and the
-- sample index. API keys are never part of a row: they travel in request headers, which are not stored.
CREATE TABLE responses (
    cache_key     VARCHAR PRIMARY KEY,   -- SHA-256 hex of profile identity + prompt + parameters
    profile       VARCHAR NOT NULL,      -- the profile's name when the answer was fetched
    endpoint      VARCHAR NOT NULL,      -- kind and URL, e.g. openai-chat http://localhost:8000/v1
    model         VARCHAR NOT NULL,
    request_body  VARCHAR NOT NULL,      -- the JSON sent (messages and sampling parameters)
    response_body VARCHAR NOT NULL,      -- the JSON received, as received
    output        VARCHAR NOT NULL,      -- the text extracted from it
    input_tokens  BIGINT NOT NULL,
    output_tokens BIGINT NOT NULL,
    usage_reported BOOLEAN NOT NULL,     -- false: tokens estimated from text length
    cost_usd      DOUBLE NOT NULL,
    latency_ms    BIGINT NOT NULL,
    received_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);
