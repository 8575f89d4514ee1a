import { AUTOMATIC_FORMAT } from './numberFormat.js';
import type { CellFormat } from './state.js';

/** What Apps Script reports for a cell nobody formatted. */
export const DEFAULT_FORMAT = {
  numberFormat: AUTOMATIC_FORMAT,
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  background: '#ffffff',
  fontSize: 10,
  fontFamily: 'Arial',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
} as const;

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

/** A format field of a cell, or its default. */
export function formatOf<K extends keyof typeof DEFAULT_FORMAT>(
  format: CellFormat | undefined,
  key: K,
): NonNullable<CellFormat[K]> | (typeof DEFAULT_FORMAT)[K] {
  return (format?.[key] as NonNullable<CellFormat[K]> | undefined) ?? DEFAULT_FORMAT[key];
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  lime: '#00ff00',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
};

/**
 * A CSS colour as Apps Script reports it back: lower-case `#rrggbb`.
 * @example normalizeColor('#ABC') //=> '#aabbcc'
 */
export function normalizeColor(color: string): string {
  const lower = color.trim().toLowerCase();
  if (NAMED_COLORS[lower] !== undefined) return NAMED_COLORS[lower];
  if (/^#[0-9a-f]{3}$/.test(lower)) return `#${[...lower.slice(1)].map((ch) => ch + ch).join('')}`;
  return lower;
}
