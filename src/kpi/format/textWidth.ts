/** Sheets' default font, Arial 10 pt, is 13⅓ px high; widths below are in ems of it. */
const FONT_PX = 40 / 3;
/** Bold Arial is about 8 % wider. */
const BOLD = 1.08;
/** A cell's left and right padding, and a little air, in pixels. */
const PADDING = 10;

const NARROW = new Set(" .,:;'!|ilIjft");
const SMALL = new Set('r()-[]«»“”');
const WIDE = new Set('mwMWжшщыюЖШЩЫЮфФ%@—⚠✓✗');

/**
 * About how many pixels a text takes in a cell of Sheets' default font (Arial 10): an estimate from rough
 * Arial advance widths, on the generous side, so a column sized by it does not cut its header.
 *
 * @param text One line of text.
 * @param bold Whether the cell is bold.
 * @returns Pixels, padding included.
 * @example
 * textWidth('Стоимость привлечения', true) // ≈ 180
 */
export function textWidth(text: string, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) ems += 0.28;
    else if (SMALL.has(ch)) ems += 0.34;
    else if (WIDE.has(ch)) ems += 0.85;
    else if (ch !== ch.toLowerCase()) ems += 0.7;
    else ems += 0.53;
  }
  return Math.ceil(ems * FONT_PX * (bold ? BOLD : 1) + PADDING);
}
