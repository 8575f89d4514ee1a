import { normalizeKey } from '../_lib/normalizeKey';
import { STATUS_CLASSES, type StatusClass } from './salesLog';

/**
 * The status texts of each class (spec §1.1 v2): first exactly the spec's lists, then extras seen in CRM, shop and
 * 1C/МойСклад exports (`extra`): outcome words only. Pipeline stages that are no outcome yet (`Contract Sent`,
 * «Принимают решение») are deliberately not listed: they are read as open anyway, and the data-quality notes list
 * them so that a user whose pipeline gives one of them another meaning sees it and can map it.
 * Texts are compared as `statusKey` makes them.
 */
export const STATUS_VOCABULARY: Readonly<
  Record<
    StatusClass,
    { readonly en: readonly string[]; readonly ru: readonly string[]; readonly extra: readonly string[] }
  >
> = {
  won: {
    en: words('won|closed won|paid|completed|complete|success|sold|processing'),
    ru: words(
      'успешно|успешно реализовано|сделка успешна|оплачен|оплачено|оплачена|выполнен|выполнено|продажа|' +
        'отгружен|отгружено|доставлен|доставлено',
    ),
    extra: words(
      'closed/won|shipped|delivered|fulfilled|выполнена|завершен|завершено|завершена|оплачен полностью|' +
        'отгружена|доставлена|реализовано|сделка заключена',
    ),
  },
  lost: {
    en: words(
      'lost|closed lost|closed-lost to competition|cancelled|canceled|refused|rejected|failed|voided|expired',
    ),
    ru: words(
      'отказ|отменен|отменён|отменено|закрыто и не реализовано|сделка провалена|проиграна|анализ причины провала',
    ),
    extra: words(
      'closed/lost|declined|abandoned|junk lead|lost lead|not qualified|void|отменена|отклонен|отклонено|' +
        'отклонена|провалена|проигран|не реализовано|некачественный лид|отказ клиента|не удался|не удалось',
    ),
  },
  returned: {
    en: words('returned|return|refund'),
    ru: words('возврат|возвращен|возвращён|возврат товара'),
    extra: words('возвращено|возвращена|возврат денег|возврат средств'),
  },
  refunded: {
    en: words('refunded|partially refunded|partially_refunded'),
    ru: words('частично возвращен'),
    extra: words('частично возвращено|возвращен частично|частичный возврат'),
  },
  open: {
    en: words(
      'new|open|in progress|negotiation|pending|authorized|partially paid|partially_paid|on hold|pending payment',
    ),
    ru: words('новая|новый|в работе|переговоры'),
    extra: [],
  },
};

function words(list: string): readonly string[] {
  return list.split('|');
}

// A trailing note in parentheses (`Closed Won (Sales Pipeline)`), `_` and `-` word joins (`partially_refunded`,
// `on-hold`, `Closed-Lost`), and WooCommerce's `wc-` prefix of post statuses (`wc-completed`).
const TRAILING_NOTE = /\s*\([^()]*\)$/;
const JOINS = /[_-]+/g;
const WC_PREFIX = /^wc /;

/**
 * The key a status text is compared by: trimmed, case-insensitive, inner spaces collapsed, `ё` = `е`, a trailing
 * note in parentheses dropped (unless it is the whole text), `_` and `-` read as a space, WooCommerce's `wc-` prefix dropped.
 *
 * @param text A status cell's text, or a vocabulary word.
 * @returns The comparison key ('' for a blank text).
 * @example
 * statusKey(' Closed Won (Sales Pipeline) ') //=> 'closed won'
 * statusKey('partially_refunded') //=> 'partially refunded'
 * statusKey('wc-on-hold') //=> 'on hold'
 */
export function statusKey(text: string): string {
  const key = normalizeKey(text);
  const cut = key.replace(TRAILING_NOTE, '');
  return normalizeKey((cut === '' ? key : cut).replace(JOINS, ' ')).replace(WC_PREFIX, '');
}

/** A status text seen in a log that is in no vocabulary, and how many rows had it. */
export interface UnknownStatus {
  /** The first spelling seen, trimmed. */
  text: string;
  count: number;
}

/** Classifies status texts; remembers the unknown ones it was asked about. */
export interface StatusClassifier {
  /** The class of a status text: empty → `open`; a text in no vocabulary → `open`, counted as unknown. */
  (text: string): StatusClass;
  /** The unknown texts classified so far, most frequent first (ties: first seen first). */
  unknownStatuses(): UnknownStatus[];
}

interface Entry {
  statusClass: StatusClass;
  /** Normalized text, for unknown texts only (they are merged across spellings); null for known ones. */
  unknownKey: string | null;
  count: number;
}

/**
 * Makes a status classifier (spec §1.1 "Status classes") with the user's extra texts. Texts are compared by
 * `statusKey` (so `Closed Won (Sales Pipeline)` is `closed won`). An extra text wins over the built-in class of the
 * same text (a shop where `Оплачен` means "invoice paid, goods not shipped" may move it to `open`); a text given
 * under two extra classes goes to the first of `STATUS_CLASSES` (won, lost, returned, refunded, open).
 *
 * Each distinct cell text is normalized once and cached: a log of a million rows has a handful of statuses, so a
 * call is one Map lookup.
 *
 * @param extra The user's extra texts per class (sidebar), e.g. `{ won: ['Закрыт, оплачен'] }`.
 * @returns The classifier; call it once per row, then `unknownStatuses()` for the data-quality notes.
 * @example
 * const classify = createStatusClassifier({ lost: ['Спам'] });
 * classify(' Успешно реализовано ') //=> 'won'
 * classify('СПАМ') //=> 'lost'
 * classify('Contract Sent') //=> 'open'
 * classify.unknownStatuses() //=> [{ text: 'Contract Sent', count: 1 }]
 */
export function createStatusClassifier(
  extra?: Partial<Record<StatusClass, readonly string[]>>,
): StatusClassifier {
  const known = new Map<string, StatusClass>();
  for (const statusClass of STATUS_CLASSES) {
    const { en, ru, extra } = STATUS_VOCABULARY[statusClass];
    for (const text of [...en, ...ru, ...extra]) known.set(statusKey(text), statusClass);
  }
  if (extra !== undefined) {
    const extraClassOf = new Map<string, StatusClass>();
    for (const statusClass of STATUS_CLASSES) {
      for (const text of extra[statusClass] ?? []) {
        const key = statusKey(text);
        if (key !== '' && !extraClassOf.has(key)) extraClassOf.set(key, statusClass);
      }
    }
    for (const [key, statusClass] of extraClassOf) known.set(key, statusClass);
  }

  const cache = new Map<string, Entry>();
  const classify = ((text: string): StatusClass => {
    let entry = cache.get(text);
    if (entry === undefined) {
      const key = statusKey(text);
      const statusClass = key === '' ? 'open' : known.get(key);
      entry = {
        statusClass: statusClass ?? 'open',
        unknownKey: statusClass === undefined ? key : null,
        count: 0,
      };
      cache.set(text, entry);
    }
    entry.count++;
    return entry.statusClass;
  }) as StatusClassifier;

  classify.unknownStatuses = () => {
    const merged = new Map<string, UnknownStatus>();
    for (const [text, entry] of cache) {
      if (entry.unknownKey === null || entry.count === 0) continue;
      const seen = merged.get(entry.unknownKey);
      if (seen === undefined) merged.set(entry.unknownKey, { text: text.trim(), count: entry.count });
      else seen.count += entry.count;
    }
    return [...merged.values()].sort((a, b) => b.count - a.count); // stable: ties keep first-seen order
  };
  return classify;
}
