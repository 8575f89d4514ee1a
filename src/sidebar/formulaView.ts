import { kpiTableFormula } from '../kpi/sidebar/kpiTableFormula';
import { h } from './dom';
import { statusesRecordOf } from './settingsForm';
import type { ViewHost } from './viewHost';

/** The ready `KPI_TABLE` formula with the user's choices (saved or not), and a Copy button; null without a log. */
export function formulaBlock(host: ViewHost): HTMLElement | null {
  const { t, form } = host;
  const data = form.state.data;
  host.setFormulaUpdate(null);
  if (data.salesSheet === null || data.headers.length === 0) return null;
  const box = h('textarea', { readonly: true, rows: 3, spellcheck: false, class: 'formula' });
  const update = () => {
    const { data: now, locale } = form.state;
    if (now.salesSheet === null) return;
    box.value = kpiTableFormula({
      sheet: now.salesSheet,
      width: now.headers.length,
      locale,
      periodType: form.settings.periodType,
      lang: form.lang,
      columns: form.settings.columns,
      statuses: statusesRecordOf(form.settings.statuses),
    });
  };
  host.setFormulaUpdate(update);
  update();
  const note = h('p', { class: 'notice', role: 'status', 'data-role': 'formula-note' });
  const copy = h('button', {
    type: 'button',
    class: 'link',
    text: t.copy,
    onclick: () => void copyFormula(box, note, host),
  });
  const row = host.row(['formula'], t.formula, box, { hint: t.formulaHint });
  row.classList.add('formula-row');
  return h('div', { class: 'formula-block' }, row, copy, note);
}

async function copyFormula(box: HTMLTextAreaElement, note: HTMLElement, host: ViewHost): Promise<void> {
  box.focus();
  box.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(box.value);
    copied = true;
  } catch {
    // The Sheets iframe may not allow the clipboard API: copy the selection instead.
    copied = document.execCommand('copy');
  }
  note.textContent = copied ? host.t.formulaCopied : host.t.copyFailed;
}
