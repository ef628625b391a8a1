#!/usr/bin/env bash
# Builds FerretDB v1 (SQLite backend) into .tools/bin from the Go module proxy.
# `go install …@v1.24.x` does not work here: the proxy refuses the module's version list (403) that
# `go install` reads for deprecation notices, and the published module ships an empty
# build/version/version.txt, which makes the binary panic at start. So: download the exact version,
# copy it, write the version file, and build it as its own module with its own go.sum.
#
# The build carries four patches (figures in scripts/ferretdb/README.md), applied in the order of
# scripts/ferretdb/patches.txt.
# scripts/ferretdb/<version>-id-index.patch, four fixes measured on this project's data:
#   - filters on `_id` used an SQL expression (`->'$._id'`) other than the one the unique `_id` index
#     is built on (`->"_id"`), so SQLite scanned the whole table for every `_id` lookup;
#   - `{_id: {$in: [...]}}` is pushed down too (as `IN (...)` on the same index);
#   - the `_id` condition is pushed down even when the filter holds other fields too (a
#     version-guarded replace scanned the whole table for each statement);
#   - an `update` command kept every statement's query open until it ended, so a command of more
#     than about 100 statements deadlocked on the connection pool.
# The handler still filters every row it gets back, so these only change speed, never results.
# scripts/ferretdb/<version>-write-batches.patch: the statements of one insert, update or delete
# command share SQLite transactions (BEGIN IMMEDIATE, committed at least every 100 ms) instead of
# one transaction each; each statement still sees the ones before it and fails alone.
# scripts/ferretdb/<version>-large-documents.patch: decoding and encoding a document was quadratic
# in its number of keys (each key looked up by a scan of the fields); a province-month's open
# dossiers (10,000 keys) took 1.45 s to read.
# scripts/ferretdb/<version>-sjson-append.patch: a document is encoded for SQLite into one growing
# buffer, strings and integers by hand (byte for byte what encoding/json wrote), instead of a buffer
# and an encoding/json call per value; the server's CPU on ingest fell by about a fifth.
set -euo pipefail
VERSION="${FERRETDB_VERSION:-v1.24.2}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/.tools/bin/ferretdb"
# The list lives in scripts/ferretdb/patches.txt, which the kit reads too.
PATCHES=()
while read -r name; do
  case "$name" in '#'* | '') continue ;; esac
  PATCHES+=("$ROOT/scripts/ferretdb/$VERSION-$name.patch")
done < "$ROOT/scripts/ferretdb/patches.txt"
STAMP="$BIN.patch-sha256"
# One hash over every patch, in order: a build made with other patches is rebuilt.
WANT="$(cat "${PATCHES[@]}" | sha256sum | cut -d' ' -f1)"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "version: $VERSION" && [ "$(cat "$STAMP" 2>/dev/null)" = "$WANT" ]; then
  echo "ferretdb $VERSION already at $BIN"; exit 0
fi
command -v go >/dev/null || { echo "Go is needed to build FerretDB (https://go.dev/dl/)" >&2; exit 1; }
echo "building ferretdb $VERSION into $BIN (first run only, about two minutes)…" >&2
DIR="$(cd "$ROOT" && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[ -n "$DIR" ] || { echo "could not download github.com/FerretDB/FerretDB@$VERSION" >&2; exit 1; }
# Outside the project's repository: inside one, `git apply` would take paths from the repository's root.
SRC="$(mktemp -d)/ferretdb-src"
mkdir -p "$ROOT/.tools/bin" && cp -r "$DIR" "$SRC" && chmod -R u+w "$SRC"
echo "$VERSION" > "$SRC/build/version/version.txt"
(cd "$SRC" && for p in "${PATCHES[@]}"; do git apply -p1 "$p"; done && go build -trimpath -o "$BIN" ./cmd/ferretdb)
rm -rf "$(dirname "$SRC")"
echo "$WANT" > "$STAMP"
"$BIN" --version | head -1
