#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one command every CI recipe in docs/ci runs: the Shiftlens gate on a paired export (or on
# two endpoints answering a query log), with the report folder left for the pipeline to attach as
# an artifact. Exit code is the gate's: 0 pass, 1 a threshold crossed, 2 usage or input error,
# 3 runtime failure.
#
# Environment:
#   GATE_INPUT     paired JSONL your pipeline produced (required unless GATE_QUERIES is set)
#   GATE_QUERIES   instead: a query log both endpoints answer now, with GATE_PROFILES (profile file),
#                  GATE_BASELINE_ENDPOINT and GATE_CANDIDATE_ENDPOINT (profile names); add
#                  "--sample N --max-cost USD" to GATE_ARGS
#   GATE_OUT       folder for analysis.json, report.html, report.md (default: shiftlens-gate)
#   GATE_CONFIG    thresholds as JSON or YAML (optional; defaults apply without it)
#   GATE_ARGS      further gate options, e.g. "--segment region=eu-west --keep-pii" (optional)
#   SHIFTLENS_HOME a Shiftlens checkout (default: the checkout this script is in)
#   SHIFTLENS      the command to run (default: $SHIFTLENS_HOME/shiftlens, which builds on first use)
set -uo pipefail

home="${SHIFTLENS_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
shiftlens="${SHIFTLENS:-$home/shiftlens}"
out="${GATE_OUT:-shiftlens-gate}"
if [[ -n "${GATE_QUERIES:-}" ]]; then
  if [[ -z "${GATE_PROFILES:-}" || -z "${GATE_BASELINE_ENDPOINT:-}" || -z "${GATE_CANDIDATE_ENDPOINT:-}" ]]; then
    echo "shiftlens-gate.sh: with GATE_QUERIES set GATE_PROFILES, GATE_BASELINE_ENDPOINT and GATE_CANDIDATE_ENDPOINT too" >&2
    exit 2
  fi
  args=(gate --queries "$GATE_QUERIES" --profiles "$GATE_PROFILES" --baseline-endpoint "$GATE_BASELINE_ENDPOINT"
        --candidate-endpoint "$GATE_CANDIDATE_ENDPOINT" --out "$out")
elif [[ -n "${GATE_INPUT:-}" ]]; then
  args=(gate --input "$GATE_INPUT" --out "$out")
else
  echo "shiftlens-gate.sh: set GATE_INPUT to the paired JSONL to check (or GATE_QUERIES and the endpoints)" >&2
  exit 2
fi
if [[ -n "${GATE_CONFIG:-}" ]]; then
  args+=(--config "$GATE_CONFIG")
fi
# shellcheck disable=SC2206 # GATE_ARGS is a list of options, split on purpose
extra=(${GATE_ARGS:-})

"$shiftlens" "${args[@]}" "${extra[@]}"
status=$?

# GitHub Actions shows the Markdown report on the run's summary page
if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -f "$out/report.md" ]]; then
  cat "$out/report.md" >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
