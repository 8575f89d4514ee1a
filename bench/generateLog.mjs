// A synthetic sales log shaped like what Sheets passes to a custom function: a header row, then rows of Date
// cells (local midnights in the spreadsheet zone), number amounts, short status texts and numeric ids.

const STAGES = [
  'Closed Won',
  'Closed Won',
  'Closed Won',
  'Closed Lost',
  'Closed Lost',
  'Negotiation',
  'Open',
];
const REPS = Array.from({ length: 20 }, (_, i) => `Rep ${i + 1}`);
const CHANNELS = ['Paid Search', 'Organic', 'Referrals', 'Email', 'Social', 'Events', 'Partners', 'Direct'];
const MOSCOW_OFFSET_MS = 3 * 3600_000; // Europe/Moscow has been UTC+3 all year since 2014
const DAY_MS = 86_400_000;

/** A small, fast, seeded PRNG (mulberry32), so every run benches the same log. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {number} rows data rows
 * @returns {unknown[][]} header + rows, 9 columns
 */
export function generateLog(rows, seed = 42) {
  const next = random(seed);
  const firstDay = Date.UTC(2024, 0, 1) / DAY_MS;
  const spanDays = 3 * 365;
  const customers = Math.max(10, Math.floor(rows / 20));
  const values = new Array(rows + 1);
  values[0] = [
    'Deal ID',
    'Close Date',
    'Amount',
    'Deal Stage',
    'Customer',
    'Deal owner',
    'Source',
    'Quantity',
    'Create Date',
  ];
  for (let i = 1; i <= rows; i++) {
    const day = firstDay + Math.floor(next() * spanDays);
    const isReturn = next() < 0.01;
    const amount = Math.round((isReturn ? -1 : 1) * (50 + next() * 5000) * 100) / 100;
    values[i] = [
      // About one id in twenty repeats as a second order line.
      100000 + (next() < 0.05 ? Math.max(1, i - 1) : i),
      new Date(day * DAY_MS - MOSCOW_OFFSET_MS),
      amount,
      STAGES[Math.floor(next() * STAGES.length)],
      `Customer ${Math.floor(next() * customers)}`,
      REPS[Math.floor(next() * REPS.length)],
      CHANNELS[Math.floor(next() * CHANNELS.length)],
      1 + Math.floor(next() * 5),
      new Date((day - Math.floor(next() * 30)) * DAY_MS - MOSCOW_OFFSET_MS),
    ];
  }
  // Sheets marshals a range into fresh, flat strings and Dates on every call: a structured clone does the same
  // (template-literal strings would be V8 cons-strings, which are slower to hash than anything Sheets passes).
  return structuredClone(values);
}
