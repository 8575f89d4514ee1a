import type { Lang } from './lang';

/** Texts of one area in every language; `ru` must have exactly the keys and signatures of `en`. */
export type Messages<T> = Readonly<Record<Lang, T>>;

/**
 * Declares the texts of one area in English and Russian side by side, so TypeScript checks that both languages
 * have the same keys and the same parameters.
 *
 * @param messages `{ en, ru }`, each an object of strings or functions that build strings.
 * @returns The same object, frozen.
 * @example
 * const m = defineMessages({ en: { hi: (n: string) => `Hi, ${n}` }, ru: { hi: (n: string) => `Привет, ${n}` } });
 * m.ru.hi('Оля') //=> 'Привет, Оля'
 */
export function defineMessages<T extends object>(messages: { en: T; ru: NoInfer<T> }): Messages<T> {
  return Object.freeze({ en: Object.freeze(messages.en), ru: Object.freeze(messages.ru) });
}
