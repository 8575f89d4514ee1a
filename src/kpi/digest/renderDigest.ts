import { dropFloatNoise } from '../_lib/dropFloatNoise';
import { formatDayText, formatNumberText } from '../format/formatNumberText';
import { digestMessages } from '../i18n/digest';
import { STATUS_SYMBOLS, statusLabel } from '../i18n/status';
import { kpiDefinition } from '../kpis';
import type { KpiStatus } from '../plan/kpiStatus';
import { REPORT_COLORS } from '../report/reportGrid';
import type { AlertReason } from './alertRules';
import type { CountedStatus, Digest, DigestRow } from './digestOf';

/** The e-mail: subject, HTML body and its plain-text alternative. */
export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

const ORDER: readonly CountedStatus[] = ['behind', 'at_risk', 'no_data', 'on_track'];

/** Text colours with a contrast of 4.5:1 at least on white and on the page's grey. */
const INK = '#202124';
const MUTED = '#595959';
const LINK = '#1a56c5';
const FONT = 'Arial,Helvetica,sans-serif';

/**
 * Renders the digest as an e-mail (issue 14 item 2), in the digest's language: the subject names the spreadsheet,
 * the period and the worst status with the counts; the HTML body uses tables and inline styles only (what mail
 * clients keep), one column up to 600 px wide that shrinks to a phone's width, and every status as its symbol and
 * word (colour is never the only signal); the plain text says the same. Every text from the data (the
 * spreadsheet's name, sheet names, analytics lines) is escaped, and a link that is not http(s) is left out.
 *
 * @param digest From `digestOf`.
 * @returns Subject, HTML and plain text.
 * @example
 * renderDigest(digest).subject //=> 'Sales: KPI 2026-11 — ✗ Behind 1 · ✓ On track 2 (of 3)'
 */
export function renderDigest(digest: Digest): RenderedDigest {
  const m = digestMessages[digest.lang];
  const name = oneLine(digest.links.spreadsheetName);
  const summary = summaryOf(digest);
  const subject = m.subject(name, digest.periodLabel, summary);
  const span = m.span(
    m.periodTypes[digest.periodType],
    formatDayText(digest.periodFirstDay, digest.lang),
    formatDayText(digest.periodLastDay, digest.lang),
    formatDayText(digest.asOf, digest.lang),
  );
  const reasons = digest.reasons.map((reason) => reasonText(digest, reason));
  const note = digest.running ? m.running : m.complete;
  const links = [
    { label: m.openReport, url: safeUrl(digest.links.reportUrl) },
    { label: m.openSpreadsheet, url: safeUrl(digest.links.spreadsheetUrl) },
  ].filter((link): link is { label: string; url: string } => link.url !== null);
  const reportSheet =
    digest.links.reportSheet === undefined ? null : m.reportSheet(oneLine(digest.links.reportSheet));
  return {
    subject,
    html: htmlOf(digest, { subject, name, summary, span, reasons, note, links, reportSheet }),
    text: textOf(digest, { name, summary, span, reasons, note, links, reportSheet }),
  };
}

interface Parts {
  name: string;
  summary: string;
  span: string;
  reasons: string[];
  note: string;
  links: { label: string; url: string }[];
  reportSheet: string | null;
}

/** `✗ Behind 2 · ⚠ At risk 1 (of 5)`, `✓ all 5 on track`, `no targets`. */
function summaryOf(digest: Digest): string {
  const m = digestMessages[digest.lang];
  const total = ORDER.reduce((sum, status) => sum + digest.counts[status], 0);
  if (!digest.hasTargets || total === 0) return m.noTargets;
  if (digest.counts.on_track === total) return `${STATUS_SYMBOLS.on_track} ${m.allOnTrack(total)}`;
  const parts = ORDER.filter((status) => digest.counts[status] > 0).map(
    (status) => `${statusLabel(status, digest.lang)} ${digest.counts[status]}`,
  );
  return `${parts.join(' · ')} ${m.ofCount(total)}`;
}

function reasonText(digest: Digest, reason: AlertReason): string {
  const m = digestMessages[digest.lang];
  const kpi = kpiDefinition(reason.kpi).names[digest.lang];
  // A no-break space keeps the symbol with its word.
  if (reason.kind === 'slipped')
    return m.slipped(kpi, statusLabel(reason.to, digest.lang).replace(' ', '\u00a0'));
  return m.crossed(kpi, `${Math.round(reason.threshold * 100)}%`);
}

function num(digest: Digest, value: number | null, unit: DigestRow['unit']): string {
  return value === null ? '—' : formatNumberText(value, unit, digest.locale);
}

/** The figures of a row in words, for the plain text and the HTML's second line. */
function detailOf(digest: Digest, row: DigestRow): string[] {
  const m = digestMessages[digest.lang];
  const details = [`${m.actual} ${num(digest, row.actual, row.unit)}`];
  const pace = row.neededPace;
  // Nothing more needed: no line. A count needed less than once a day is told per week, as the report does.
  if (pace !== null && pace > 0) {
    if (row.unit !== 'money' && pace < 1)
      details.push(
        `${m.neededPerWeek} ${formatNumberText(dropFloatNoise(pace * 7), 'count', digest.locale)}`,
      );
    else details.push(`${m.neededPerDay} ${num(digest, pace, row.unit)}`);
  }
  return details;
}

function textOf(digest: Digest, p: Parts): string {
  const m = digestMessages[digest.lang];
  const lines = [`${p.name} — ${m.heading(digest.periodLabel)}`, p.span, p.summary, ''];
  if (p.reasons.length > 0) lines.push(m.whyTitle, ...p.reasons.map((r) => `- ${r}`), '');
  lines.push(digest.hasTargets ? m.scorecard : m.headlineKpis);
  for (const row of digest.rows) {
    const target =
      row.target === null
        ? ''
        : ` / ${m.target.toLowerCase()} ${num(digest, row.target, row.unit)}` +
          (row.attainment === null ? '' : ` (${formatNumberText(row.attainment, 'ratio', digest.locale)})`);
    lines.push(
      `- ${row.name}: ${statusLabel(row.status, digest.lang)} — ${m.forecast.toLowerCase()} ` +
        `${num(digest, row.forecast, row.unit)}${target}; ${detailOf(digest, row).join('; ')}`,
    );
  }
  if (!digest.hasTargets) lines.push(m.noTargetsNote);
  lines.push(p.note, '');
  if (digest.whatChanged.length > 0) {
    lines.push(m.whatChanged, ...digest.whatChanged.map((line) => `- ${oneLine(line)}`), '');
  }
  for (const link of p.links) lines.push(`${link.label}: ${link.url}`);
  if (p.reportSheet !== null) lines.push(p.reportSheet);
  lines.push('', m.footer);
  return `${lines.join('\n')}\n`;
}

const STATUS_STYLE: Readonly<Record<KpiStatus, { background: string; fontColor: string }>> = {
  on_track: REPORT_COLORS.onTrack,
  at_risk: REPORT_COLORS.atRisk,
  behind: REPORT_COLORS.behind,
  no_data: { background: REPORT_COLORS.noData.background, fontColor: '#444444' },
  no_target: { background: '#ffffff', fontColor: MUTED },
};

/** A status on its colour; `wrap` lets a long summary break between its parts on a phone. */
function pill(status: KpiStatus, text: string, size: number, wrap = false): string {
  const { background, fontColor } = STATUS_STYLE[status];
  return (
    `<span style="display:inline-block;background:${background};color:${fontColor};font-weight:bold;` +
    `font-size:${size}px;line-height:1.4;padding:2px 8px;border-radius:4px;${wrap ? '' : 'white-space:nowrap;'}">${esc(text)}</span>`
  );
}

function htmlOf(digest: Digest, p: Parts & { subject: string }): string {
  const m = digestMessages[digest.lang];
  const h2 = (text: string) =>
    `<h2 style="margin:20px 0 8px;font-size:17px;line-height:1.3;color:${INK};">${esc(text)}</h2>`;
  const small = (text: string) => `<span style="font-size:13px;color:${MUTED};">${text}</span>`;
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${digest.lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(p.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f1f3f4;">`,
    '<div role="main">',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f1f3f4;">`,
    `<tr><td align="center" style="padding:12px 6px;">`,
    // Outlook on Windows ignores max-width: a fixed 600 px table only it reads keeps the column narrow there.
    '<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" ` +
      `style="max-width:600px;background:#ffffff;border:1px solid #dadce0;font-family:${FONT};color:${INK};">`,
    `<tr><td style="padding:18px 14px 16px;">`,
    `<p style="margin:0;font-size:13px;color:${MUTED};">${esc(p.name)}</p>`,
    `<h1 style="margin:4px 0 0;font-size:22px;line-height:1.3;color:${INK};">${esc(m.heading(digest.periodLabel))}</h1>`,
    `<p style="margin:4px 0 12px;font-size:14px;line-height:1.4;color:${MUTED};">${esc(p.span)}</p>`,
    `<p style="margin:0;">${pill(digest.worst ?? 'no_target', keepParts(p.summary), 16, true)}</p>`,
  );
  if (p.reasons.length > 0) {
    out.push(
      h2(m.whyTitle),
      `<ul style="margin:0;padding:0 0 0 20px;font-size:15px;line-height:1.5;">`,
      ...p.reasons.map((r) => `<li>${esc(r)}</li>`),
      '</ul>',
    );
  }
  const cell = `padding:8px 6px;border-bottom:1px solid #e0e0e0;vertical-align:top;`;
  const th = `padding:6px;border-bottom:2px solid #bdbdbd;font-size:13px;color:${MUTED};`;
  out.push(
    h2(digest.hasTargets ? m.scorecard : m.headlineKpis),
    `<table width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:15px;line-height:1.4;">`,
    `<thead><tr><th scope="col" align="left" style="${th}text-align:left;">${esc(m.kpi)}</th>` +
      `<th scope="col" align="right" style="${th}text-align:right;">${esc(m.forecastTarget)}</th>` +
      `<th scope="col" align="left" style="${th}text-align:left;">${esc(m.status)}</th></tr></thead><tbody>`,
  );
  for (const row of digest.rows) {
    // The target on one line, the attainment under it: a phone's narrow column never splits a number.
    const target =
      row.target === null
        ? ''
        : `<br>${small(`<span style="white-space:nowrap;">${esc(`${m.target.toLowerCase()} ${num(digest, row.target, row.unit)}`)}</span>`)}` +
          (row.attainment === null
            ? ''
            : `<br>${small(esc(`${formatNumberText(row.attainment, 'ratio', digest.locale)} ${m.ofTarget}`))}`);
    out.push(
      `<tr><th scope="row" align="left" style="${cell}text-align:left;font-weight:bold;">${esc(row.name)}` +
        `<br><span style="font-size:13px;color:${MUTED};font-weight:normal;">${esc(detailOf(digest, row).join(' · '))}</span></th>` +
        `<td align="right" style="${cell}text-align:right;"><b style="white-space:nowrap;">${esc(num(digest, row.forecast, row.unit))}</b>${target}</td>` +
        `<td style="${cell}">${pill(row.status, statusLabel(row.status, digest.lang), 13)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  if (!digest.hasTargets)
    out.push(`<p style="margin:8px 0 0;font-size:14px;line-height:1.4;">${esc(m.noTargetsNote)}</p>`);
  out.push(`<p style="margin:8px 0 0;font-size:13px;line-height:1.4;color:${MUTED};">${esc(p.note)}</p>`);
  if (digest.whatChanged.length > 0) {
    out.push(
      h2(m.whatChanged),
      `<ul style="margin:0;padding:0 0 0 20px;font-size:15px;line-height:1.5;">`,
      ...digest.whatChanged.map((line) => `<li>${esc(oneLine(line))}</li>`),
      '</ul>',
    );
  }
  if (p.links.length > 0) {
    out.push(
      `<p style="margin:20px 0 0;">`,
      ...p.links.map(
        (link, i) =>
          `<a href="${esc(link.url)}" style="display:inline-block;margin:0 8px 8px 0;padding:10px 16px;` +
          `border-radius:4px;font-size:15px;font-weight:bold;text-decoration:none;` +
          (i === 0
            ? `background:${LINK};color:#ffffff;">`
            : `background:#ffffff;color:${LINK};border:1px solid ${LINK};">`) +
          `${esc(link.label)}</a>`,
      ),
      '</p>',
    );
  }
  if (p.reportSheet !== null)
    out.push(`<p style="margin:4px 0 0;font-size:13px;color:${MUTED};">${esc(p.reportSheet)}</p>`);
  out.push(
    `<p style="margin:20px 0 0;padding-top:12px;border-top:1px solid #e0e0e0;font-size:12px;line-height:1.5;color:${MUTED};">${esc(m.footer)}</p>`,
    '</td></tr></table>',
    '<!--[if mso]></td></tr></table><![endif]-->',
    '</td></tr></table>',
    '</div>',
    '</body></html>',
  );
  return `${out.join('\n')}\n`;
}

/**
 * Escapes a text for HTML content and attribute values.
 *
 * @example
 * esc('<script>"x"</script>') //=> '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES.get(c) as string);
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** A link only when it is http(s), else null (no `javascript:` from a corrupted property). */
function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}

/** A summary that breaks only between its parts (`✗ Behind 2 · ✓ On track 1`), never inside one. */
function keepParts(summary: string): string {
  return summary
    .split(' · ')
    .map((part) => part.replace(/ /g, '\u00a0'))
    .join(' · ');
}

/** A text on one line (no line breaks from a sheet's name in a subject). */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}
