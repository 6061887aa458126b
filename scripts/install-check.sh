#!/usr/bin/env bash
# Checks that `make install` gives one self-contained file: installs into a temporary PREFIX, copies the seeds
# out, moves the release build folder away (so nothing of the build tree can be found through the binary's path
# or the source path it was built from), and runs the installed binary from another directory. It must find the
# seeds' actors and stances, and read a user data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
release=$(readlink -f .build/release)
hidden="$release.install-check-away"
restore() {
    if [ -e "$hidden" ]; then mv "$hidden" "$release"; fi
    rm -rf "$work"
}
trap restore EXIT

make --no-print-directory install PREFIX="$work/prefix" >/dev/null
installed=$(find "$work/prefix" -type f | wc -l)
[ "$installed" = 1 ] || { echo "install-check: make install left $installed files, expected 1" >&2; exit 1; }
cp -R seeds "$work/articles"
mv "$release" "$hidden"

cd "$work"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config"
bin="$work/prefix/bin/bilateral"
"$bin" export --format json articles > model.json
actors=$(python3 -c 'import json; print(len({a["id"] for a in json.load(open("model.json"))["actors"]} & {"RUS", "JPN"}))')
stances=$(python3 -c 'import json; print(len(json.load(open("model.json"))["stances"]))')
[ "$actors" -ge 2 ] || { echo "install-check: the installed binary found no RUS/JPN actors" >&2; exit 1; }
[ "$stances" -gt 0 ] || { echo "install-check: the installed binary found no stances" >&2; exit 1; }

# A user data file is read from XDG_CONFIG_HOME, and a malformed one is one line and exit 1.
mkdir -p config/bilateral
printf '{"actors": [{"id": "JPN", "kind": "state", "name": "Nippon-koku", "aliases": ["Japan"]}]}' > config/bilateral/actors.json
"$bin" export --format json articles | grep -q 'Nippon-koku' || { echo "install-check: user actors.json not read" >&2; exit 1; }
printf '{"actors": [\n  {"id": "JPN",, }]}' > config/bilateral/actors.json
if "$bin" export articles > /dev/null 2> err.txt; then echo "install-check: malformed user file accepted" >&2; exit 1; fi
[ "$(wc -l < err.txt)" = 1 ] && grep -q 'actors.json:2:' err.txt || { echo "install-check: unexpected error: $(cat err.txt)" >&2; exit 1; }
"$bin" data dump eras | python3 -c 'import json,sys; json.load(sys.stdin)'
echo "install-check: PASS (one installed file; $stances stances on the seeds from $work, build tree moved away)"
cd "$root"
