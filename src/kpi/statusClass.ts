import { normalizeKey } from './_lib/normalizeKey';
import type { StatusClass } from './salesLog';

/** The status texts of each class, exactly the lists of spec §1.1 (matching ignores case, spaces and `ё`/`е`). */
export const STATUS_VOCABULARY: Readonly<
  Record<StatusClass, { readonly en: readonly string[]; readonly ru: readonly string[] }>
> = {
  won: {
    en: ['won', 'closed won', 'paid', 'completed', 'success', 'sold'],
    ru: [
      'успешно',
      'успешно реализовано',
      'сделка успешна',
      'оплачен',
      'оплачено',
      'оплачена',
      'выполнен',
      'выполнено',
      'продажа',
    ],
  },
  lost: {
    en: ['lost', 'closed lost', 'cancelled', 'canceled', 'refused', 'rejected'],
    ru: [
      'отказ',
      'отменен',
      'отменён',
      'отменено',
      'закрыто и не реализовано',
      'сделка провалена',
      'проиграна',
    ],
  },
  returned: {
    en: ['returned', 'refund', 'refunded'],
    ru: ['возврат', 'возвращен', 'возвращён'],
  },
  open: {
    en: ['new', 'open', 'in progress', 'negotiation'],
    ru: ['новая', 'новый', 'в работе', 'переговоры'],
  },
};

const CLASSES: readonly StatusClass[] = ['won', 'lost', 'returned', 'open'];

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
 * Makes a status classifier (spec §1.1 "Status classes") with the user's extra texts. Texts are compared trimmed,
 * case-insensitive, inner spaces collapsed and `ё` read as `е`. An extra text wins over the built-in class of the
 * same text (a shop where `Оплачен` means "invoice paid, goods not shipped" may move it to `open`); a text given
 * under two extra classes goes to the first of won, lost, returned, open.
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
  for (const statusClass of CLASSES) {
    const { en, ru } = STATUS_VOCABULARY[statusClass];
    for (const text of [...en, ...ru]) known.set(normalizeKey(text), statusClass);
  }
  if (extra !== undefined) {
    const extraClassOf = new Map<string, StatusClass>();
    for (const statusClass of CLASSES) {
      for (const text of extra[statusClass] ?? []) {
        const key = normalizeKey(text);
        if (key !== '' && !extraClassOf.has(key)) extraClassOf.set(key, statusClass);
      }
    }
    for (const [key, statusClass] of extraClassOf) known.set(key, statusClass);
  }

  const cache = new Map<string, Entry>();
  const classify = ((text: string): StatusClass => {
    let entry = cache.get(text);
    if (entry === undefined) {
      const key = normalizeKey(text);
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
