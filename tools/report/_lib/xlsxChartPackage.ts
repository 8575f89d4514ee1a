// The charts' parts put into an .xlsx package exceljs wrote without them (the charts' XML is xlsxChart.ts's).
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { chartXml, drawingXml, type XlsxChart } from './xlsxChart.js';

const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/**
 * Adds the charts to an .xlsx written without them (exceljs writes no charts): per sheet with charts a drawing
 * part, its relationships, a `<drawing r:id>` in the sheet and its relationship; per chart a chart part; and
 * their content types. The file is rewritten in place (the caller writes to a temporary file first).
 *
 * @param file The .xlsx.
 * @param charts The plans (xlsxChartOf), any order.
 * @throws When the package is not the one exceljs writes (no workbook part, a sheet part missing).
 */
export async function addChartsToXlsx(file: string, charts: readonly XlsxChart[]): Promise<void> {
  if (charts.length === 0) return;
  const zip = await JSZip.loadAsync(await readFile(file));
  const text = async (name: string): Promise<string> => {
    const entry = zip.file(name);
    if (entry === null) throw new Error(`addChartsToXlsx: no ${name} in ${file}`);
    return entry.async('string');
  };
  const sheetParts = await sheetPartsOf(
    await text('xl/workbook.xml'),
    await text('xl/_rels/workbook.xml.rels'),
  );
  let types = await text('[Content_Types].xml');
  const overrides: string[] = [];
  const bySheet = new Map<number, XlsxChart[]>();
  for (const chart of charts)
    bySheet.set(chart.sheetIndex, [...(bySheet.get(chart.sheetIndex) ?? []), chart]);
  let chartNumber = 0;
  let drawingNumber = 0;
  for (const [sheetIndex, onSheet] of [...bySheet].sort((a, b) => a[0] - b[0])) {
    const sheetPart = sheetParts[sheetIndex];
    if (sheetPart === undefined)
      throw new Error(`addChartsToXlsx: no sheet part ${sheetIndex + 1} in ${file}`);
    drawingNumber += 1;
    const drawingPart = `xl/drawings/drawing${drawingNumber}.xml`;
    const frames = onSheet.map((chart, i) => {
      chartNumber += 1;
      const chartPart = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPart, chartXml(chart));
      overrides.push(`<Override PartName="/${chartPart}" ContentType="${TYPE_CHART}"/>`);
      return { chart, relId: `rId${i + 1}`, target: `../charts/chart${chartNumber}.xml` };
    });
    zip.file(drawingPart, drawingXml(frames));
    zip.file(
      relsPathOf(drawingPart),
      relsXml(frames.map((f) => ({ id: f.relId, type: REL_CHART, target: f.target }))),
    );
    overrides.push(`<Override PartName="/${drawingPart}" ContentType="${TYPE_DRAWING}"/>`);
    // The sheet refers to its drawing through a relationship of its own, with an id no other one has.
    const sheetRels = relsPathOf(sheetPart);
    const existing = zip.file(sheetRels) === null ? null : await text(sheetRels);
    const relId = freeRelId(existing ?? '');
    const relationship = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNumber}.xml"/>`;
    zip.file(
      sheetRels,
      existing === null
        ? relsXml([{ id: relId, type: REL_DRAWING, target: `../drawings/drawing${drawingNumber}.xml` }])
        : existing.replace('</Relationships>', `${relationship}</Relationships>`),
    );
    zip.file(sheetPart, withDrawing(await text(sheetPart), relId));
  }
  types = types.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('[Content_Types].xml', types);
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  await writeFile(file, bytes);
}

/** The worksheet parts in workbook order (`xl/worksheets/sheet1.xml` …), from the workbook and its rels. */
function sheetPartsOf(workbook: string, rels: string): string[] {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    return targets.get(id) ?? '';
  });
}

/** `xl/worksheets/sheet3.xml` → `xl/worksheets/_rels/sheet3.xml.rels`. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function relsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    '</Relationships>'
  );
}

function freeRelId(rels: string): string {
  const taken = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (taken.has(`rIdChart${n}`)) n++;
  return `rIdChart${n}`;
}

/**
 * The sheet with `<drawing r:id>` where the schema puts it: after the page setup and header/footer, before a
 * `legacyDrawing` (the notes), table parts and extensions.
 */
function withDrawing(sheet: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheet,
    );
  const at = before?.index ?? sheet.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('addChartsToXlsx: a worksheet part without </worksheet>');
  return sheet.slice(0, at) + element + sheet.slice(at);
}
