/**
 * Sales volume: gross sales less returns (KPI-SPEC §2 `revenue`).
 *
 * @param gross Σ amount of the won rows.
 * @param returns Σ returned amounts.
 * @returns `gross − returns`.
 * @example
 * salesVolume(1200, 200) //=> 1000
 */
export function salesVolume(gross: number, returns: number): number {
  return gross - returns;
}
