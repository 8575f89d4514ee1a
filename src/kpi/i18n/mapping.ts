import type { Field } from '../log/salesLog';
import { CLASS_NAMES } from '../mapping/classOfName';
import type { MappingError } from '../mapping/MappingError';
import { FIELD_NAMES } from './dataQuality';
import { defineMessages } from './defineMessages';
import type { Lang } from './lang';
import { quoted } from './locales';

// How many headers an unknown-header message quotes before "and N more".
const LISTED_HEADERS = 20;

const messages = defineMessages({
  en: {
    quote: (text: string) => quoted('en', text),
    more: (n: number) => `and ${n} more`,
    field: (code: string) => code,
    statusClass: (code: string) => code,
    shape: (shape: string): string => (shape === 'class' ? 'status text=class' : 'field=header'),
    unknownField: (value: string, list: string) => `There is no field “${value}”. Fields: ${list}.`,
    unknownHeader: (value: string, list: string) =>
      list === ''
        ? `There is no column “${value}”: the header row is empty.`
        : `There is no column “${value}”. Headers found: ${list}.`,
    unknownClass: (value: string, list: string) => `“${value}” is not a status class. Classes: ${list}.`,
    badPair: (value: string, shape: string) => `“${value}” is not a choice: write ${shape}.`,
    duplicateField: (value: string, list: string) =>
      `The field “${value}” is mapped twice (${list}): map it once.`,
    duplicateHeader: (value: string, list: string) =>
      `The column “${value}” is given to two fields (${list}): a column holds one field.`,
    duplicateStatus: (value: string, list: string) =>
      `The status “${value}” is given two classes (${list}): give it one.`,
  },
  ru: {
    quote: (text: string) => quoted('ru', text),
    more: (n: number) => `и ещё ${n}`,
    field: (code: string) => {
      const name: string | undefined = (FIELD_NAMES.ru as Record<string, string | undefined>)[code];
      return name === undefined ? code : `${code} (${name})`;
    },
    statusClass: (code: string) => {
      const words = CLASS_NAMES.find(([statusClass]) => statusClass === code)?.[1];
      return words === undefined || words.length < 2 ? code : `${code} (${words[1]})`;
    },
    shape: (shape: string) => (shape === 'class' ? 'текст статуса=класс' : 'поле=заголовок'),
    unknownField: (value: string, list: string) => `Нет поля «${value}». Поля: ${list}.`,
    unknownHeader: (value: string, list: string) =>
      list === ''
        ? `Нет столбца «${value}»: строка заголовков пуста.`
        : `Нет столбца «${value}». Найденные заголовки: ${list}.`,
    unknownClass: (value: string, list: string) => `«${value}» — не класс статуса. Классы: ${list}.`,
    badPair: (value: string, shape: string) => `«${value}» — не выбор: напишите ${shape}.`,
    duplicateField: (value: string, list: string) =>
      `Поле «${value}» указано дважды (${list}): укажите его один раз.`,
    duplicateHeader: (value: string, list: string) =>
      `Столбец «${value}» указан для двух полей (${list}): в столбце одно поле.`,
    duplicateStatus: (value: string, list: string) =>
      `Статусу «${value}» даны два класса (${list}): дайте ему один.`,
  },
});

/**
 * Says what is wrong with a column or status mapping, in the user's language, naming what was written and
 * listing what exists (fields, headers found, classes).
 *
 * @param error The error of `parseColumnChoices`, `resolveColumnChoices` or `parseStatusChoices`.
 * @param lang The user's language.
 * @returns One sentence or two.
 * @example
 * mappingErrorMessage({ code: 'unknown_header', value: 'Close', known: ['Deal', 'Amount'] }, 'en')
 * //=> 'There is no column “Close”. Headers found: “Deal”, “Amount”.'
 * mappingErrorMessage({ code: 'unknown_class', value: 'выиграл', known: ['won', 'lost'] }, 'ru')
 * //=> '«выиграл» — не класс статуса. Классы: won (выиграна), lost (проиграна).'
 */
export function mappingErrorMessage(error: MappingError, lang: Lang): string {
  const m = messages[lang];
  const { value, known } = error;
  switch (error.code) {
    case 'unknown_field':
      return m.unknownField(value, known.map(m.field).join(', '));
    case 'unknown_header':
      return m.unknownHeader(value, listWithMore(lang, known.map(m.quote), LISTED_HEADERS));
    case 'unknown_class':
      return m.unknownClass(value, known.map(m.statusClass).join(', '));
    case 'bad_pair':
      return m.badPair(value, m.shape(known[1] ?? 'header'));
    case 'duplicate_field':
      return m.duplicateField(value, known.map((header) => m.quote(header)).join(', '));
    case 'duplicate_header':
      return m.duplicateHeader(value, known.map((field) => m.field(field as Field)).join(', '));
    case 'duplicate_status':
      return m.duplicateStatus(value, known.map(m.statusClass).join(', '));
  }
}

function listWithMore(lang: Lang, items: readonly string[], limit: number): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} ${messages[lang].more(items.length - limit)}`;
}
