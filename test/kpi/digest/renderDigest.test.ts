import { describe, expect, it } from 'vitest';
import { decideAlert } from '../../../src/kpi/digest/alertRules';
import { digestOf } from '../../../src/kpi/digest/digestOf';
import { esc, renderDigest } from '../../../src/kpi/digest/renderDigest';
import { describeWhatChanged } from '../../../src/kpi/i18n/analytics';
import type { ReportModel } from '../../../src/kpi/report/reportModel';
import { model } from '../report/_model';
import { withRows } from './_digestModel';

const LINKS = {
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  reportUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=7',
  spreadsheetName: 'Sales 2026',
  reportSheet: 'KPI Report',
};

/** The small log's model with revenue behind (forecast 3000 of 5000) and conversion on track. */
function behind(base: ReportModel = model()): ReportModel {
  return withRows({ revenue: { forecast: 3000, attainment: 0.6, status: 'behind' } }, undefined, base);
}

/** The text of an HTML body without tags and with the entities read back (what a reader sees). */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('digestOf', () => {
  it('keeps the KPIs with a target, counts their statuses and names the worst', () => {
    const digest = digestOf(behind(), LINKS);
    expect(digest.rows.map((r) => r.key)).toEqual(['revenue', 'conversion']);
    expect(digest.counts).toEqual({ behind: 1, at_risk: 0, no_data: 0, on_track: 1 });
    expect(digest.worst).toBe('behind');
    expect(digest.rows[0]).toMatchObject({
      name: 'Sales volume',
      actual: 2500,
      forecast: 3000,
      target: 5000,
    });
  });

  it('shows the main KPIs when none has a target, and has no worst status then', () => {
    const digest = digestOf(model({ targets: null }), LINKS);
    expect(digest.hasTargets).toBe(false);
    expect(digest.worst).toBeNull();
    expect(digest.rows.map((r) => r.key)).toEqual(['revenue', 'orders', 'average_check', 'conversion']);
  });

  it('takes the report’s "What changed" sentence when the model has it, and nothing when it does not', () => {
    const m = model();
    expect(m.whatChanged).not.toBeNull();
    expect(digestOf(m, LINKS).whatChanged).toEqual([describeWhatChanged(m.whatChanged!, 'en', 'en_US')]);
    expect(digestOf(m, LINKS).whatChanged[0]).toMatch(
      /^So far \(day 10 of 30\), sales volume rose .* vs 2026-10/,
    );
    expect(digestOf({ ...m, whatChanged: null }, LINKS).whatChanged).toEqual([]);
  });
});

describe('renderDigest', () => {
  it('writes an English subject with the period and the worst status first, and the scorecard in HTML and text', () => {
    const { subject, html, text } = renderDigest(digestOf(behind(), LINKS));
    expect(subject).toBe('Sales 2026: KPI 2026-11 — ✗ Behind 1 · ✓ On track 1 (of 2)');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    const seen = visibleText(html);
    expect(seen).toContain('KPI digest 2026-11');
    expect(seen).toContain('Month 2026-11-01 – 2026-11-30, data as of 2026-11-10');
    expect(seen).toContain('Sales volume');
    expect(seen).toContain('3,000.00'); // the forecast
    expect(seen).toContain('target 5,000.00 60.0% of target');
    expect(seen).toContain('✗ Behind'); // symbol and word, not colour alone
    expect(html).toContain(`href="${LINKS.reportUrl}"`);
    expect(text).toContain('- Sales volume: ✗ Behind — forecast 3,000.00 / target 5,000.00 (60.0%)');
    expect(text).toContain(`Open the report: ${LINKS.reportUrl}`);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('writes the Russian e-mail in Russian, numbers in the Russian locale', () => {
    const ru = model({ lang: 'ru', locale: 'ru_RU' });
    const { subject, html, text } = renderDigest(digestOf(behind(ru), LINKS));
    expect(subject).toBe('Sales 2026: KPI 2026-11 — ✗ Отстаёт 1 · ✓ В графике 1 (из 2)');
    expect(html).toContain('<html lang="ru">');
    const seen = visibleText(html);
    expect(seen).toContain('Сводка KPI 2026-11');
    expect(seen).toContain('Месяц 01.11.2026 – 30.11.2026, данные на 10.11.2026');
    expect(html).toContain('3\u00a0000,00'); // grouped with a no-break space
    expect(seen).toContain('Открыть отчёт');
    expect(text).toContain('KPI с планом');
    expect(text).not.toMatch(/Open the|Behind|On track/);
  });

  it('tells a count needed less than once a day per week, and nothing once the target is reached', () => {
    const m = withRows({
      orders: { target: 20, neededPace: 0.5, status: 'at_risk' }, // a pace set by hand
      revenue: { neededPace: 0 },
    });
    const { text } = renderDigest(digestOf(m, LINKS));
    expect(text).toMatch(/- Orders: .*; Actual 3; needed per week 4\n/); // 0.5 a day = 3.5 a week, shown whole as the report does
    expect(text).toMatch(/- Sales volume: .*; Actual 2,500\.00\n/);
  });

  it('says all on track, or no targets, in the subject', () => {
    expect(renderDigest(digestOf(model(), LINKS)).subject).toBe('Sales 2026: KPI 2026-11 — ✓ all 2 on track');
    expect(renderDigest(digestOf(model({ targets: null }), LINKS)).subject).toBe(
      'Sales 2026: KPI 2026-11 — no targets',
    );
  });

  it('says why an alert is sent', () => {
    const m = withRows({ revenue: { status: 'at_risk', forecast: 4600, attainment: 0.92 } });
    const { reasons } = decideAlert(m, null, 'alerts');
    const { html, text } = renderDigest(digestOf(m, LINKS, reasons));
    expect(text).toContain(
      'New since the last e-mail\n- Sales volume slipped to ⚠\u00a0At risk.\n- Sales volume reached 50% of its target.',
    );
    expect(html).toContain('Sales volume slipped to ⚠\u00a0At risk.');
  });

  it('escapes every text from the data in the HTML, and leaves a link out unless it is http(s)', () => {
    const evil = '<script>alert("x")</script> & Co';
    const base = behind();
    const w = base.whatChanged!;
    const mover = { name: evil, previous: 0, current: 900, change: 900, share: 1 };
    const m: ReportModel = { ...base, whatChanged: { ...w, reps: { up: [mover], down: [] } } };
    const { subject, html, text } = renderDigest(
      digestOf(m, { ...LINKS, spreadsheetName: evil, reportSheet: evil, reportUrl: 'javascript:alert(1)' }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain(esc(evil));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('javascript:');
    expect(visibleText(html)).toContain(evil); // the top mover's name, shown as text
    expect(text).toContain(evil); // plain text stays as it is
    expect(text).not.toContain('javascript:');
    expect(subject.startsWith(evil)).toBe(true);
  });

  it('uses inline styles only (no style block, class, script, image or external file) and stays far below Gmail’s 102 KB clip', () => {
    const { html } = renderDigest(digestOf(behind(), LINKS));
    expect(html).not.toMatch(/<style|<script|<link|<img|\sclass=|@import|url\(/i);
    expect(html).toMatch(/<td[^>]* style="/);
    expect(new TextEncoder().encode(html).length).toBeLessThan(102 * 1024);
  });

  it('keeps a line break of the spreadsheet name out of the subject', () => {
    expect(renderDigest(digestOf(model(), { ...LINKS, spreadsheetName: 'A\r\nBcc: x@y' })).subject).toMatch(
      /^A Bcc: x@y: KPI/,
    );
  });

  // Reps may be named, as KPI figures do (the top mover of "What changed"); a row's customer, id or status never is.
  it('puts no row of the sales log in the e-mail: no customer, deal id or status text of the log', () => {
    const { html, text } = renderDigest(digestOf(behind(), LINKS));
    for (const fromLog of ['Acme', 'Beta', 'Dyn', 'Eon', 'Fox', 'P1', 'P6', 'Contract sent']) {
      expect(html).not.toContain(fromLog);
      expect(text).not.toContain(fromLog);
    }
  });
});
