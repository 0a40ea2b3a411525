#!/bin/sh
# Renders casedesk.svg into the PNG sizes of the hicolor icon theme (png/casedesk-<size>.png). The PNGs are
# committed, so building needs no SVG renderer; run this after changing the SVG (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" casedesk.svg --output "png/casedesk-$size.png"
done
