// Languages (and a few locales) whose decimal separator is a point; every other locale uses a comma, as
// Russian, German, French, Spanish, Portuguese and most of Europe and Latin America do.
const POINT_LANGUAGES = new Set([
  'en',
  'ja',
  'zh',
  'ko',
  'th',
  'he',
  'iw',
  'hi',
  'ms',
  'fil',
  'tl',
  'ga',
  'sw',
]);
const POINT_LOCALES = new Set(['es_MX', 'es_US', 'es_419', 'de_CH', 'it_CH', 'fr_CH', 'pt_US']);

/**
 * The decimal separator of a Sheets locale.
 *
 * @param locale A locale such as `ru_RU`, `en_US`, `de_CH` (empty → `.`, as an en_US sheet).
 * @returns `.` or `,`.
 * @example
 * decimalSeparatorOf('ru_RU') //=> ','
 */
export function decimalSeparatorOf(locale: string): '.' | ',' {
  const normal = locale.trim().replace('-', '_');
  if (normal === '') return '.';
  if (POINT_LOCALES.has(normal)) return '.';
  return POINT_LANGUAGES.has(normal.split('_')[0].toLowerCase()) ? '.' : ',';
}
