#!/usr/bin/env bash
# Renders an .xlsx as LibreOffice prints it, to look at the report file's chart and page setup:
#   scripts/renderXlsx.sh report.xlsx [out-dir] [sheet-title]
# writes out-dir/<name>.pdf (every sheet, with the print setup in the file) and out-dir/<name>-<page>.png for the
# pages whose text starts with sheet-title (default "KPI report" — the report's first cell; "Отчёт KPI" in Russian).
# Needs LibreOffice Calc and poppler (Debian/Ubuntu: apt-get install -y libreoffice-calc poppler-utils). Only for
# looking: no test needs it (test/tools/xlsxChart.test.ts reads the chart's XML back instead). The pictures in
# docs/img/report-xlsx-*.png were made with it from the README's first report command.
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: scripts/renderXlsx.sh report.xlsx [out-dir] [sheet-title]" >&2
  exit 2
fi
file=$1
out=${2:-.}
title=${3:-KPI report}
for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || {
    echo "error: $tool not found (apt-get install -y libreoffice-calc poppler-utils)" >&2
    exit 1
  }
done
mkdir -p "$out"
name=$(basename "${file%.*}")
# A profile of its own: a LibreOffice the user has open does not block the conversion.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
pdf="$out/$name.pdf"
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
for page in $(seq 1 "${pages:-0}"); do
  text=$(pdftotext -f "$page" -l "$page" "$pdf" -)
  if [ "${text%%$'\n'*}" = "$title" ] || [[ "${text%%$'\n'*}" == "$title"* ]]; then
    pdftoppm -f "$page" -l "$page" -r 80 -png -singlefile "$pdf" "$out/$name-$page"
    echo "$out/$name-$page.png"
  fi
done
