import { normalizeKey } from '../_lib/normalizeKey';
import type { StatusClass } from '../log/salesLog';

/**
 * The words a user may name a status class by in a status mapping (`KPI_TABLE`'s `statuses`, the CLI's
 * `--status`, a two-column range), first the class's code. Russian words are the class names the sidebar and the
 * docs use, plus the plain words a Russian analyst would write: «выиграна», «успех»; «проиграна», «отказ»;
 * «открыта», «в работе»; «возврат»; «возмещена», «возвращена частично», «частичный возврат».
 */
export const CLASS_NAMES: ReadonlyArray<readonly [StatusClass, readonly string[]]> = [
  ['won', ['won', 'выиграна', 'выиграно', 'выигрыш', 'успех', 'успешно', 'продажа']],
  ['lost', ['lost', 'проиграна', 'проиграно', 'проигрыш', 'отказ', 'провал']],
  ['open', ['open', 'открыта', 'открыто', 'в работе']],
  ['returned', ['returned', 'return', 'возврат', 'возвращена', 'возвращено']],
  [
    'refunded' as StatusClass,
    ['refunded', 'возмещена', 'возмещено', 'возвращена частично', 'частично возвращена', 'частичный возврат'],
  ],
];

let classOf: ReadonlyMap<string, StatusClass> | null = null;

/**
 * The status class a user names: `won`, `lost`, `open`, `returned`, `refunded`, or a Russian name of one
 * (`CLASS_NAMES`), compared trimmed, case-insensitive, `ё` = `е`.
 *
 * @param name The class as written.
 * @returns The class, or null when there is no class of that name.
 * @example
 * classOfName('Отказ') //=> 'lost'
 * classOfName('toString') //=> null
 */
export function classOfName(name: string): StatusClass | null {
  if (classOf === null) {
    const map = new Map<string, StatusClass>();
    for (const [statusClass, words] of CLASS_NAMES) {
      for (const word of words) map.set(normalizeKey(word), statusClass);
    }
    classOf = map;
  }
  return classOf.get(normalizeKey(name)) ?? null;
}
