import type { playgroundMessages } from '../../src/kpi/i18n/playground.js';
import { ruleFormatAt } from '../shared/conditionalFormat.js';
import { type CellView, type SheetView, UNSUPPORTED } from '../shared/protocol.js';
import { spillWidth } from '../shared/spill.js';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg } from './chart.js';

/** Sheets' defaults. */
const DEFAULT_WIDTH = 100;
const DEFAULT_HEIGHT = 21;
const ROW_HEADER_WIDTH = 46;
/** A cell's left and right padding (styles/3-grid.css: `padding: 0 3px`). */
const CELL_PADDING = 6;

const BORDER_WIDTH: Record<string, string> = {
  SOLID: '1px solid',
  SOLID_MEDIUM: '2px solid',
  SOLID_THICK: '3px solid',
  DOTTED: '1px dotted',
  DASHED: '1px dashed',
  DOUBLE: '3px double',
};

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Draws a sheet as a table: column letters and row numbers, widths, frozen rows and columns (sticky), each
 * cell's display value with its font, fill, alignment and borders, conditional-format colours over them, and
 * the sheet's charts on top. Calls `onSelect` with the cell a click selects. `words`: the page's own texts.
 */
export function renderGrid(
  container: HTMLElement,
  sheet: SheetView,
  onSelect: (cell: CellView | null, a1: string) => void,
  words: (typeof playgroundMessages)['en'],
): void {
  container.replaceChildren();
  const cells = new Map(sheet.cells.map((cell) => [`${cell.row},${cell.column}`, cell]));
  const hiddenColumns = new Set(sheet.hiddenColumns);
  const hiddenRows = new Set(sheet.hiddenRows);
  const width = (c: number) => sheet.columnWidths[c] ?? DEFAULT_WIDTH;
  const columns = Array.from({ length: sheet.numColumns }, (_, i) => i + 1).filter(
    (c) => !hiddenColumns.has(c),
  );

  const table = document.createElement('table');
  table.className = 'grid';
  table.dataset.sheet = sheet.name;
  const colgroup = document.createElement('colgroup');
  colgroup.append(col(ROW_HEADER_WIDTH));
  for (const c of columns) colgroup.append(col(width(c)));
  table.append(colgroup);
  table.style.width = `${ROW_HEADER_WIDTH + columns.reduce((sum, c) => sum + width(c), 0)}px`;

  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'corner';
  headRow.append(corner);
  for (const c of columns) {
    const th = document.createElement('th');
    th.textContent = columnLetters(c);
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);

  // Merged areas: the top-left cell spans, the others are left out.
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.row},${m.column}`, { rows: m.numRows, columns: m.numColumns });
    for (let r = m.row; r < m.row + m.numRows; r++) {
      for (let c = m.column; c < m.column + m.numColumns; c++)
        if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
    }
  }

  const body = document.createElement('tbody');
  const frozenLeft: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (const c of columns.filter((c) => c <= sheet.frozenColumns)) {
    frozenLeft[c] = left;
    left += width(c);
  }
  for (let r = 1; r <= sheet.numRows; r++) {
    if (hiddenRows.has(r)) continue;
    const tr = document.createElement('tr');
    if (r <= sheet.frozenRows) tr.classList.add('frozen');
    if (r === sheet.frozenRows) tr.classList.add('frozen-last');
    const height = sheet.rowHeights[r];
    if (height !== undefined) tr.style.height = `${height}px`;
    const th = document.createElement('th');
    th.textContent = String(r);
    tr.append(th);
    for (const c of columns) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = cells.get(key);
      const td = document.createElement('td');
      const a1 = `${columnLetters(c)}${r}`;
      td.dataset.a1 = a1;
      const span = spans.get(key);
      if (span) {
        td.rowSpan = span.rows;
        td.colSpan = span.columns;
      }
      if (c <= sheet.frozenColumns) {
        td.classList.add('frozen');
        td.style.left = `${frozenLeft[c]}px`;
      }
      if (cell !== undefined) paintCell(td, cell, sheet, words.unsupported);
      if (cell !== undefined && td.classList.contains('overflow')) {
        // Sheets lets the text run over the empty cells on its right whatever their fill, up to a filled one.
        const isEmpty = (next: number) =>
          !covered.has(`${r},${next}`) &&
          !spans.has(`${r},${next}`) &&
          (cells.get(`${r},${next}`)?.type ?? 'blank') === 'blank';
        const spill = document.createElement('span');
        spill.className = 'spill';
        spill.textContent = td.textContent;
        spill.style.width = `${spillWidth(c, columns, width, isEmpty) - CELL_PADDING}px`;
        td.replaceChildren(spill);
      }
      td.addEventListener('click', () => {
        container.querySelector('td.selected')?.classList.remove('selected');
        td.classList.add('selected');
        onSelect(cell ?? null, a1);
      });
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  container.append(table);

  if (sheet.lastRow > sheet.numRows) {
    const more = document.createElement('div');
    more.className = 'more-rows';
    const count = (n: number) => n.toLocaleString(document.documentElement.lang || 'en');
    more.textContent = words.moreRows(count(sheet.lastRow - sheet.numRows), count(sheet.numRows));
    container.append(more);
  }

  stickFrozenRows(table, sheet.frozenRows);
  placeCharts(container, table, sheet);
}

function col(px: number): HTMLTableColElement {
  const element = document.createElement('col');
  element.style.width = `${px}px`;
  return element;
}

function paintCell(
  td: HTMLTableCellElement,
  cell: CellView,
  sheet: SheetView,
  unsupportedText: string,
): void {
  const f = cell.format;
  const unsupported = cell.formula !== undefined && cell.value === UNSUPPORTED;
  td.textContent = unsupported ? unsupportedText : cell.display;
  if (unsupported) td.classList.add('unsupported');
  else if (cell.formula !== undefined && /^#[A-Z/0!?]+[!?]?$/.test(cell.display)) td.classList.add('error');
  if (cell.error !== undefined) td.title = cell.error;
  else if (cell.note !== undefined) td.title = cell.note;
  const rule = ruleFormatAt(sheet.conditionalFormats, cell);
  const style = td.style;
  if (f.fontWeight === 'bold' || rule?.bold) style.fontWeight = 'bold';
  if (f.fontStyle === 'italic' || rule?.italic) style.fontStyle = 'italic';
  if (rule?.strikethrough) style.textDecoration = 'line-through';
  const color = rule?.fontColor ?? f.fontColor;
  if (color !== undefined && !unsupported) style.color = color;
  const background = rule?.background ?? f.background;
  if (background !== undefined && !unsupported) style.backgroundColor = background;
  if (f.fontSize !== undefined) style.fontSize = `${f.fontSize}pt`;
  if (f.fontFamily !== undefined) style.fontFamily = f.fontFamily;
  const align = (f.horizontalAlignment ?? '').replace('general-', '');
  style.textAlign =
    align === 'left' || align === 'center' || align === 'right'
      ? align
      : cell.type === 'number' || cell.type === 'date'
        ? 'right'
        : cell.type === 'boolean'
          ? 'center'
          : 'left';
  if (f.verticalAlignment !== undefined)
    style.verticalAlign = f.verticalAlignment === 'middle' ? 'middle' : f.verticalAlignment;
  if (f.wrapStrategy === 'WRAP') td.classList.add('wrap');
  for (const side of ['Top', 'Left', 'Bottom', 'Right'] as const) {
    const border = f[`border${side}`];
    if (border !== undefined)
      style[`border${side}`] = `${BORDER_WIDTH[border.style] ?? '1px solid'} ${border.color}`;
  }
  // Left-aligned text runs into the empty cells on its right, as in Sheets (renderGrid measures how far).
  if (
    style.textAlign === 'left' &&
    cell.type === 'string' &&
    f.wrapStrategy !== 'WRAP' &&
    f.wrapStrategy !== 'CLIP'
  ) {
    td.classList.add('overflow');
  }
}

/** Frozen rows stay on top while scrolling: each sticks just under the rows above it. */
function stickFrozenRows(table: HTMLTableElement, frozenRows: number): void {
  if (frozenRows === 0) return;
  const headerHeight = table.tHead?.getBoundingClientRect().height ?? DEFAULT_HEIGHT;
  let top = headerHeight;
  for (const tr of Array.from(table.tBodies[0].rows).slice(0, frozenRows)) {
    for (const cell of Array.from(tr.cells)) {
      cell.style.position = 'sticky';
      cell.style.top = `${top}px`;
      // A text running over its frozen neighbours stays above them (they are sticky and white too).
      cell.style.zIndex = cell.tagName === 'TH' ? '5' : cell.classList.contains('overflow') ? '4' : '3';
      if (cell.tagName === 'TD' && cell.style.backgroundColor === '') cell.style.backgroundColor = '#fff';
    }
    top += tr.getBoundingClientRect().height;
  }
}

function placeCharts(container: HTMLElement, table: HTMLTableElement, sheet: SheetView): void {
  for (const chart of sheet.charts) {
    const anchor = table.querySelector<HTMLTableCellElement>(
      `td[data-a1="${columnLetters(chart.anchorColumn)}${chart.anchorRow}"]`,
    );
    if (anchor === null) continue; // below the row window
    const box = document.createElement('div');
    box.className = 'chart';
    box.style.left = `${table.offsetLeft + anchor.offsetLeft + chart.offsetX}px`;
    box.style.top = `${table.offsetTop + anchor.offsetTop + chart.offsetY}px`;
    box.style.width = `${CHART_WIDTH}px`;
    box.style.height = `${CHART_HEIGHT}px`;
    box.append(chartSvg(chart));
    container.append(box);
  }
}
