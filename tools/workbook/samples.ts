// Workbook code shared by the two front ends that make a report workbook in Node: the CLI (tools/report/) and the
// playground (playground/server/). Neither imports the other's entry file (test/architecture/boundaries.test.ts).

/**
 * The bundled samples used without --data: an English HubSpot export, a Russian amoCRM one with its spend, and the
 * targets for their reps (the playground loads them with the sample only; the CLI with `--targets` only).
 */
export const SAMPLES = {
  en: { data: 'samples/hubspot-deals-en.csv', spend: null, targets: 'samples/targets-en.csv' },
  ru: {
    data: 'samples/amocrm-deals-ru.csv',
    spend: 'samples/marketing-spend-ru.csv',
    targets: 'samples/targets-ru.csv',
  },
} as const;
