#!/usr/bin/env bash
# Measures `bilateral serve` holding 1, 10 and 50 dashboard sessions at once on loopback: how many it
# holds, and the memory (resident set, in KiB) of the server and of the dashboards it runs.
# Usage: measure-sessions.sh [BILATERAL] [COUNTS...]   (defaults: .build/release/bilateral, 1 10 50)
# Not a test: it prints figures. Every wait is bounded; everything it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
bilateral=${1:-.build/release/bilateral}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 10 50)

work=$(mktemp -d /tmp/bilateral-measure-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
clients=()
server=""
cleanup() {
  for pid in "${clients[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# Proportional set size: shared library pages divided among the processes that map them.
pss_kib() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
children_of() { cat /proc/"$1"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -v '^$' || true; }

"$bilateral" serve --port "$port" --host-key "$work/host_key" --max-sessions 64 --rate-limit 0 \
  > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/server.log" && break; sleep 0.1; done
sleep 0.5
idle=$(rss_kib "$server")
echo "server idle: ${idle} KiB resident"
printf '%-9s %-6s %-11s %-15s %-16s %-16s\n' sessions held server_RSS dashboards_RSS per_session_RSS per_session_PSS

for count in "${counts[@]}"; do
  while [ ${#clients[@]} -lt "$count" ]; do
    ssh -tt -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \
      -o BatchMode=yes demo@127.0.0.1 < /dev/null > /dev/null 2>&1 &
    clients+=($!)
  done
  # Wait (at most 60 s) until every dashboard runs and has drawn, then let memory settle.
  for _ in $(seq 600); do
    [ "$(children_of "$server" | wc -l)" -ge "$count" ] && break
    sleep 0.1
  done
  sleep 3
  held=$(children_of "$server" | wc -l)
  server_rss=$(rss_kib "$server")
  child_rss=0
  child_pss=0
  for child in $(children_of "$server"); do
    child_rss=$((child_rss + $(rss_kib "$child")))
    child_pss=$((child_pss + $(pss_kib "$child")))
  done
  per=$(( (server_rss - idle + child_rss) / (held > 0 ? held : 1) ))
  per_pss=$(( (server_rss - idle + child_pss) / (held > 0 ? held : 1) ))
  printf '%-9s %-6s %-11s %-15s %-16s %-16s\n' "$count" "$held" "$server_rss" "$child_rss" "$per" "$per_pss"
done
