// Workbook code shared by the two front ends that make a report workbook in Node: the CLI (tools/report/) and the
// playground (playground/server/). Neither imports the other's entry file (test/architecture/boundaries.test.ts).

/** The bundled samples used without --data: an English HubSpot export, a Russian amoCRM one with its spend. */
export const SAMPLES = {
  en: { data: 'samples/hubspot-deals-en.csv', spend: null },
  ru: { data: 'samples/amocrm-deals-ru.csv', spend: 'samples/marketing-spend-ru.csv' },
} as const;
