import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleFormatAt } from '../../playground/shared/conditionalFormat';
import { gradientColorAt, resolveGradient } from '../../playground/shared/gradient';
import { UNSUPPORTED, type WorkbookView } from '../../playground/shared/protocol';
import { type RunningPlayground, startPlayground } from './_playground';

describe('colour scales in the playground', () => {
  const scale = {
    min: { color: '#ffffff', type: 'NUMBER', value: '0' },
    mid: null,
    max: { color: '#57bb8a', type: 'MAX', value: '' },
  };

  it('resolves the points over the numbers of the range, as Sheets does', () => {
    expect(resolveGradient(scale, [0.5, 0.25])).toEqual({
      points: [
        { color: '#ffffff', value: 0 },
        { color: '#57bb8a', value: 0.5 },
      ],
    });
    expect(resolveGradient(scale, [])).toBeNull();
    const percent = { ...scale, min: { color: '#000000', type: 'PERCENT', value: '50' } };
    expect(resolveGradient(percent, [0, 10])!.points[0].value).toBe(5);
  });

  it('mixes the colours linearly between the points, the end colours beyond them', () => {
    const g = {
      points: [
        { color: '#000000', value: 0 },
        { color: '#ffffff', value: 1 },
      ],
    };
    expect(gradientColorAt(g, 0.5)).toBe('#808080');
    expect(gradientColorAt(g, -1)).toBe('#000000');
    expect(gradientColorAt(g, 2)).toBe('#ffffff');
  });

  it('paints numbers in the range only, never blanks or text', () => {
    const rule = {
      ranges: [{ row: 2, column: 2, numRows: 2, numColumns: 2 }],
      condition: null,
      format: {},
      gradient: {
        points: [
          { color: '#000000', value: 0 },
          { color: '#ffffff', value: 1 },
        ],
      },
    };
    const cell = (row: number, column: number, type: 'number' | 'blank', value: number | string) =>
      ({ row, column, a1: '', type, value, display: String(value), format: {} }) as never;
    expect(ruleFormatAt([rule], cell(2, 2, 'number', 1))).toEqual({ background: '#ffffff' });
    expect(ruleFormatAt([rule], cell(3, 3, 'blank', ''))).toBeNull();
    expect(ruleFormatAt([rule], cell(5, 5, 'number', 1))).toBeNull();
  });
});

describe('the rep cards and the cohorts in the playground', () => {
  let playground: RunningPlayground;
  const post = async (route: string, body: unknown): Promise<WorkbookView> => {
    const response = await fetch(new URL(route, playground.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as WorkbookView;
  };

  beforeAll(async () => {
    playground = await startPlayground();
    await post('api/run', { fn: 'buildKpiReport', args: [] });
  }, 120_000);
  afterAll(() => playground?.stop());

  it('shows the Rep cards sheet: its tab, its cards and each trend as numbers, the SPARKLINE cell no error', async () => {
    const view = await post('api/activate', { sheet: 'Rep cards' });
    expect(view.tabs.map((t) => t.name)).toContain('Rep cards');
    const cells = view.active.cells;
    expect(cells.find((c) => c.row === 1 && c.column === 1)?.value).toMatch(/^Rep cards \d{4}-\d{2}$/);
    const sparklines = cells.filter((c) => c.formula?.startsWith('=SPARKLINE('));
    expect(sparklines.length).toBeGreaterThan(0);
    for (const cell of sparklines) {
      expect(cell.value).not.toBe(UNSUPPORTED);
      const numbers = cells.filter((c) => c.row === cell.row - 1 && c.column > 1 && c.type === 'number');
      expect(numbers.length).toBeGreaterThan(0);
    }
  });

  it("paints the report's cohorts as a heat map", async () => {
    const view = await post('api/activate', { sheet: 'KPI Report' });
    const scales = view.active.conditionalFormats.filter((rule) => rule.gradient !== undefined);
    expect(scales).toHaveLength(1);
    const [range] = scales[0].ranges;
    const painted = view.active.cells.filter(
      (c) =>
        c.type === 'number' &&
        c.row >= range.row &&
        c.row < range.row + range.numRows &&
        c.column >= range.column &&
        c.column < range.column + range.numColumns,
    );
    expect(painted.length).toBeGreaterThan(0);
    for (const cell of painted)
      expect(ruleFormatAt(view.active.conditionalFormats, cell)?.background).toMatch(/^#[0-9a-f]{6}$/);
  });
});
