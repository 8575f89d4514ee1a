import { PERIOD_TYPES } from '../kpi/calendar/periods';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { FIELD_NAMES } from '../kpi/i18n/dataQuality';
import type { Lang } from '../kpi/i18n/lang';
import { FIELDS } from '../kpi/log/salesLog';

/**
 * The «Отчёт из BigQuery…» dialog: project and `dataset.table`, "Read columns" (`bigQueryColumns`) fills a list per
 * field with the table's columns and the detected choice, then period, group and "Run query" (`runBigQueryReport`).
 * Plain HTML and a few lines of script; every word from `bigQueryMessages`.
 *
 * @param lang The user's language.
 * @param periodNames The period types' names in that language.
 * @returns The page.
 */
export function bigQueryDialogHtml(lang: Lang, periodNames: Readonly<Record<string, string>>): string {
  const m = bigQueryMessages[lang];
  const esc = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const fields = FIELDS.map(
    (f) =>
      `<label>${esc(FIELD_NAMES[lang][f])} <select data-field="${f}"><option value="">${esc(m.noColumn)}</option></select></label>`,
  ).join('');
  const periods = PERIOD_TYPES.map(
    (p) => `<option value="${p}"${p === 'month' ? ' selected' : ''}>${esc(periodNames[p] ?? p)}</option>`,
  ).join('');
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font:13px Arial,sans-serif;margin:12px}label{display:block;margin:6px 0}input,select{width:100%;box-sizing:border-box}
#fields{display:none}#message{margin-top:8px;white-space:pre-wrap}button{margin-top:8px}</style></head><body>
<label>${esc(m.project)} <input id="project"></label>
<label>${esc(m.table)} <input id="table" placeholder="sales.orders"></label>
<button id="read">${esc(m.readColumns)}</button>
<div id="fields"><p>${esc(m.columnsHint)}</p>${fields}
<label>${esc(m.period)} <select id="period">${periods}</select></label>
<label>${esc(m.groupBy)} <select id="group"><option value="">${esc(m.noGroup)}</option><option value="rep">${esc(FIELD_NAMES[lang].rep)}</option><option value="channel">${esc(FIELD_NAMES[lang].channel)}</option></select></label>
<button id="run">${esc(m.run)}</button></div>
<div id="message" role="status"></div>
<script>
var types = {};
function say(t){document.getElementById('message').textContent=t;}
function val(id){return document.getElementById(id).value;}
document.getElementById('read').onclick=function(){
  google.script.run.withSuccessHandler(function(r){
    if(!r.ok){say(r.message);return;}
    types={};r.columns.forEach(function(c){types[c.name]=c.type;});
    document.querySelectorAll('select[data-field]').forEach(function(s){
      s.length=1;r.columns.forEach(function(c){var o=new Option(c.name,c.name);s.add(o);});
      s.value=r.mapping[s.getAttribute('data-field')]||'';});
    document.getElementById('fields').style.display='block';say('');
  }).bigQueryColumns({project:val('project'),table:val('table')});};
document.getElementById('run').onclick=function(){
  var columns={},t={};document.querySelectorAll('select[data-field]').forEach(function(s){
    if(s.value){columns[s.getAttribute('data-field')]=s.value;t[s.getAttribute('data-field')]=types[s.value];}});
  say(${JSON.stringify(m.running)});
  google.script.run.withSuccessHandler(function(r){say(r.message);})
    .runBigQueryReport({project:val('project'),table:val('table'),columns:columns,types:t,period:val('period'),groupBy:val('group')});};
</script></body></html>`;
}
