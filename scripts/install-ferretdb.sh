#!/usr/bin/env bash
# Builds FerretDB v1 (SQLite backend) into .tools/bin from the Go module proxy.
# `go install …@v1.24.x` does not work here: the proxy refuses the module's version list (403) that
# `go install` reads for deprecation notices, and the published module ships an empty
# build/version/version.txt, which makes the binary panic at start. So: download the exact version,
# copy it, write the version file, and build it as its own module with its own go.sum.
set -euo pipefail
VERSION="${FERRETDB_VERSION:-v1.24.2}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/.tools/bin/ferretdb"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "version: $VERSION"; then
  echo "ferretdb $VERSION already at $BIN"; exit 0
fi
command -v go >/dev/null || { echo "Go is needed to build FerretDB (https://go.dev/dl/)" >&2; exit 1; }
echo "building ferretdb $VERSION into $BIN (first run only, about two minutes)…" >&2
DIR="$(cd "$ROOT" && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[ -n "$DIR" ] || { echo "could not download github.com/FerretDB/FerretDB@$VERSION" >&2; exit 1; }
SRC="$ROOT/.tools/ferretdb-src"
rm -rf "$SRC" && mkdir -p "$ROOT/.tools/bin" && cp -r "$DIR" "$SRC" && chmod -R u+w "$SRC"
echo "$VERSION" > "$SRC/build/version/version.txt"
(cd "$SRC" && go build -trimpath -o "$BIN" ./cmd/ferretdb)
rm -rf "$SRC"
"$BIN" --version | head -1
