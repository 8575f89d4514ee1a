import { PERIOD_TYPES } from '../kpi/calendar/periods';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { FIELD_NAMES } from '../kpi/i18n/dataQuality';
import type { Lang } from '../kpi/i18n/lang';
import { FIELDS } from '../kpi/log/salesLog';
import type { SavedBigQueryForm } from './savedForm';

/**
 * The «Отчёт из BigQuery…» dialog: project, `dataset.table` and an optional spend table, "Read columns"
 * (`bigQueryColumns`) fills a list per field with the table's columns and the detected choice, then period, group and
 * "Run query" (`runBigQueryReport`). The last form that ran is filled in again (its columns win over the detected
 * ones while the table still has them). Plain HTML and a few lines of script; every word from `bigQueryMessages`.
 *
 * @param lang The user's language.
 * @param periodNames The period types' names in that language.
 * @param period The period type chosen at first (the report settings').
 * @param saved The last form that ran in this spreadsheet, or null.
 * @returns The page.
 */
export function bigQueryDialogHtml(
  lang: Lang,
  periodNames: Readonly<Record<string, string>>,
  period = 'month',
  saved: SavedBigQueryForm | null = null,
): string {
  const m = bigQueryMessages[lang];
  const esc = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const select = (attribute: string, f: string) =>
    `<label>${esc(FIELD_NAMES[lang][f as 'date'])} <select ${attribute}="${f}"><option value="">${esc(m.noColumn)}</option></select></label>`;
  const fields = FIELDS.map((f) => select('data-field', f)).join('');
  const spendFields = ['date', 'spend', 'channel'].map((f) => select('data-spend', f)).join('');
  const periods = PERIOD_TYPES.map(
    (p) => `<option value="${p}"${p === period ? ' selected' : ''}>${esc(periodNames[p] ?? p)}</option>`,
  ).join('');
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font:13px Arial,sans-serif;margin:12px}label{display:block;margin:6px 0}input,select{width:100%;box-sizing:border-box}
#fields{display:none}#message{margin-top:8px;white-space:pre-wrap}button{margin-top:8px}</style></head><body>
<label>${esc(m.project)} <input id="project" value="${esc(saved?.project ?? '')}"></label>
<label>${esc(m.table)} <input id="table" placeholder="sales.orders" value="${esc(saved?.table ?? '')}"></label>
<label>${esc(m.spendTable)} <input id="spend" placeholder="marketing.spend" value="${esc(saved?.spendTable ?? '')}"></label>
<button id="read">${esc(m.readColumns)}</button>
<div id="fields"><p>${esc(m.columnsHint)}</p>${fields}<div id="spendFields"><p>${esc(m.spendColumns)}</p>${spendFields}</div>
<label>${esc(m.period)} <select id="period">${periods}</select></label>
<label>${esc(m.groupBy)} <select id="group"><option value="">${esc(m.noGroup)}</option><option value="rep">${esc(FIELD_NAMES[lang].rep)}</option><option value="channel">${esc(FIELD_NAMES[lang].channel)}</option></select></label>
<button id="run">${esc(m.run)}</button></div>
<div id="message" role="status"></div>
<script>
var types = {}, spendTypes = {}, saved = ${JSON.stringify({ columns: saved?.columns ?? {}, spend: saved?.spendColumns ?? {}, group: saved?.groupBy ?? '' }).replace(/</g, '\\u003c')};
document.getElementById('group').value = saved.group;
function say(t){document.getElementById('message').textContent=t;}
function val(id){return document.getElementById(id).value;}
document.getElementById('read').onclick=function(){
  google.script.run.withSuccessHandler(function(r){
    if(!r.ok){say(r.message);return;}
    types={};spendTypes={};
    function fill(attr,cols,map,t,last){cols.forEach(function(c){t[c.name]=c.type;});
      document.querySelectorAll('select['+attr+']').forEach(function(s){
        var f=s.getAttribute(attr);s.length=1;cols.forEach(function(c){s.add(new Option(c.name,c.name));});
        s.value=(last[f]&&t[last[f]]?last[f]:map[f])||'';});}
    fill('data-field',r.columns,r.mapping,types,saved.columns);fill('data-spend',r.spendColumns,r.spendMapping,spendTypes,saved.spend);
    document.getElementById('spendFields').style.display=r.spendColumns.length?'block':'none';
    document.getElementById('fields').style.display='block';say('');
  }).bigQueryColumns({project:val('project'),table:val('table'),spendTable:val('spend')});};
document.getElementById('run').onclick=function(){
  function pick(attr,ts){var c={},t={};document.querySelectorAll('select['+attr+']').forEach(function(s){
    if(s.value){c[s.getAttribute(attr)]=s.value;t[s.getAttribute(attr)]=ts[s.value];}});return [c,t];}
  var main=pick('data-field',types),sp=pick('data-spend',spendTypes);
  say(${JSON.stringify(m.running)});
  google.script.run.withSuccessHandler(function(r){say(r.message);})
    .runBigQueryReport({project:val('project'),table:val('table'),columns:main[0],types:main[1],
      spendTable:val('spend'),spendColumns:sp[0],spendTypes:sp[1],period:val('period'),groupBy:val('group')});};
</script></body></html>`;
}
