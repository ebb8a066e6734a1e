#!/usr/bin/env bash
# Load test of the member list: logs in with curl, then runs wrk (16 connections, 2 threads, 20 s per URL) against
# the list, a deep page, two searches and a unit filter as an org admin, and the list as a group leader.
# Prints one RESULT line per URL (p50/p75/p90/p95/p99, requests/s, non-200 count) and fails when any response was
# not 200 or p95 is over the target. Loopback only. See docs/performance.md for the data and the figures.
#
#   bench/members.sh             # against an app already running on 127.0.0.1:18080 with generated members
#   START=1 bench/members.sh     # starts ./run.sh on an embedded PostgreSQL in $DATA_DIR, generates $MEMBERS
#                                # members with $SEED (once per data dir), measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18080), DURATION (20s), WARMUP (15s per URL, before measuring),
# CONNECTIONS (16), THREADS (2), ADMIN_USER (prov-admin), LEADER_USER (prov-leader), PASSWORD (demo1234), SURNAME (王),
# SPECIALTY (茶叶种植), DEEP_PAGE (700), UNIT (first city sub-team "…市分团" found in the unit filter),
# TARGET_P95_MS (100), START, DATA_DIR (/tmp/helituan-bench), DB_PORT (54410), MEMBERS (30000), SEED (42).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18080}
WARMUP=${WARMUP:-15s}
ADMIN_USER=${ADMIN_USER:-prov-admin}
LEADER_USER=${LEADER_USER:-prov-leader}
SURNAME=${SURNAME:-王}
SPECIALTY=${SPECIALTY:-茶叶种植}
DEEP_PAGE=${DEEP_PAGE:-700}
DATA_DIR=${DATA_DIR:-/tmp/helituan-bench}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

[ -z "${START:-}" ] || start_app "$ADMIN_USER"

declare -A COOKIES=([admin]=$(login "$ADMIN_USER") [leader]=$(login "$LEADER_USER"))
if [ -z "${UNIT:-}" ]; then
    UNIT=$(curl -sS --max-time 10 -b "${COOKIES[admin]}" "$BASE_URL/members" \
        | grep -o '<option value="[0-9]*"[^>]*>[^<]*市分团</option>' | head -1 | sed 's/.*value="\([0-9]*\)".*/\1/')
    [ -n "$UNIT" ] || { echo "no city sub-team in the unit filter: set UNIT" >&2; exit 1; }
fi

# label, role, path
RUNS=(
    "list admin /members"
    "deep-page admin /members?page=$DEEP_PAGE"
    "q-surname admin /members?q=$(urlencode "$SURNAME")"
    "q-specialty admin /members?q=$(urlencode "$SPECIALTY")"
    "unit-filter admin /members?unit=$UNIT"
    "list-leader leader /members"
)

measure
