import { dayFromCivil } from '../calendar/day';

const MS_PER_DAY = 86_400_000;
// Offsets are sampled this far apart, and a change between two samples is found by bisection to the second. Two
// changes closer than this that return to the same offset would be missed: the shortest period between changes in
// the tz database from 1970 to 2099 is a week (Brazil's one-week DST of October 2000, Gaza's Ramadan breaks).
const SAMPLE_MS = 4 * MS_PER_DAY;
// Instants between these are covered by transition intervals, a UTC year at a time; the rare Date outside them (a
// typo such as year 0226) gets one direct Intl reading.
const FIRST_COVERED = Date.UTC(1900, 0, 1);
const LAST_COVERED = Date.UTC(2200, 0, 1);
const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * The UTC offsets of one IANA time zone as intervals of constant offset between its transitions, found with `Intl`
 * for the years asked about and kept: a year costs ~130 `Intl` readings (one every 4 days, plus ~20 per transition to
 * bisect it to the second), then every instant of it is a range check or a binary search.
 *
 * Get one with `zoneOffsetsOf(timeZone)`, which keeps one per zone for the whole execution.
 *
 * @example
 * zoneOffsetsOf('Asia/Kathmandu').offsetAt(Date.UTC(2026, 10, 5)) //=> 20700000 (+05:45)
 */
export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat;
  // Interval i is [starts[i], starts[i + 1]) (the last one ends at `hi`) with offset offsets[i]. Covered: [lo, hi].
  private starts: number[] = [];
  private offsets: number[] = [];
  private lo = 0;
  private hi = 0;
  private hiOffset = 0;
  // The interval the last lookup found: consecutive cells of a log mostly fall in the same one.
  private currentStart = 0;
  private currentEnd = 0;
  private currentOffset = 0;
  private readonly far = new Map<number, number>();
  /** How many times `Intl` was asked (for tests and benchmarks). */
  intlCalls = 0;

  /** @param timeZone An IANA zone; throws a RangeError for an unknown one. */
  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /**
   * The zone's offset from UTC at an instant (local wall time − UTC), in ms.
   *
   * @param ms A finite instant (`Date.getTime()`).
   * @returns The offset, e.g. 10800000 for Moscow.
   * @example
   * zoneOffsetsOf('Europe/Moscow').offsetAt(Date.UTC(2026, 0, 1)) //=> 10800000
   */
  offsetAt(ms: number): number {
    if (ms >= this.currentStart && ms < this.currentEnd) return this.currentOffset;
    if (ms < FIRST_COVERED || ms >= LAST_COVERED) return this.farOffset(ms);
    if (this.starts.length === 0) this.start(ms);
    if (ms >= this.hi) this.extendForward(ms);
    else if (ms < this.lo) this.extendBackward(ms);
    return this.lookup(ms);
  }

  /** An instant outside 1900–2199 (a typo): one Intl reading per quarter hour met, as offsets were read before. */
  private farOffset(ms: number): number {
    const bucket = Math.floor(ms / QUARTER_HOUR_MS);
    let offset = this.far.get(bucket);
    if (offset === undefined) {
      offset = this.readOffset(bucket * QUARTER_HOUR_MS);
      this.far.set(bucket, offset);
    }
    return offset;
  }

  /** Binary search of the interval holding `ms` (lo ≤ ms < hi), which becomes the current one. */
  private lookup(ms: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= ms) low = mid;
      else high = mid - 1;
    }
    this.currentStart = starts[low];
    this.currentEnd = low + 1 < starts.length ? starts[low + 1] : this.hi;
    this.currentOffset = this.offsets[low];
    return this.currentOffset;
  }

  private start(ms: number): void {
    const year = yearStart(ms);
    this.lo = year;
    this.hi = year;
    this.hiOffset = this.readOffset(year);
    this.starts = [year];
    this.offsets = [this.hiOffset];
  }

  /** Covers up to the end of the UTC year of `ms`. */
  private extendForward(ms: number): void {
    const to = nextYearStart(ms);
    const found = this.transitions(this.hi, this.hiOffset, to);
    for (let i = 0; i < found.length; i += 2) {
      this.starts.push(found[i]);
      this.offsets.push(found[i + 1]);
    }
    this.hi = to;
    this.hiOffset = found.length > 0 ? found[found.length - 1] : this.hiOffset;
  }

  /** Covers back to the start of the UTC year of `ms`. */
  private extendBackward(ms: number): void {
    const from = yearStart(ms);
    const fromOffset = this.readOffset(from);
    const found = this.transitions(from, fromOffset, this.lo);
    const starts = [from];
    const offsets = [fromOffset];
    for (let i = 0; i < found.length; i += 2) {
      starts.push(found[i]);
      offsets.push(found[i + 1]);
    }
    // The old first interval starts at `lo` with the offset of `lo`: kept as is (a start without a change is
    // harmless to the search).
    this.starts = starts.concat(this.starts);
    this.offsets = offsets.concat(this.offsets);
    this.lo = from;
  }

  /**
   * The transitions in (from, to]: a flat list `start, offset, start, offset …`, sampled every SAMPLE_MS and
   * bisected to the second where two samples differ (again after each change found, for changes close together).
   */
  private transitions(from: number, fromOffset: number, to: number): number[] {
    const found: number[] = [];
    let prev = from;
    let prevOffset = fromOffset;
    while (prev < to) {
      const next = Math.min(prev + SAMPLE_MS, to);
      const nextOffset = this.readOffset(next);
      while (nextOffset !== prevOffset) {
        // The first second after `prev` whose offset is not `prevOffset`.
        let low = prev; // offset prevOffset
        let high = next; // another offset: highOffset
        let highOffset = nextOffset;
        while (high - low > 1000) {
          const mid = low + Math.floor((high - low) / 2000) * 1000;
          const midOffset = this.readOffset(mid);
          if (midOffset === prevOffset) low = mid;
          else {
            high = mid;
            highOffset = midOffset;
          }
        }
        prevOffset = highOffset;
        prev = high;
        found.push(high, prevOffset);
      }
      prev = next;
    }
    return found;
  }

  /** One `Intl` reading: the offset at an instant, in ms. */
  private readOffset(ms: number): number {
    this.intlCalls++;
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(new Date(ms))) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const local =
      dayFromCivil(parts.year, parts.month, parts.day) * MS_PER_DAY +
      ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000;
    return local - Math.floor(ms / 1000) * 1000;
  }
}

/** The first instant of the UTC year of `ms`. */
function yearStart(ms: number): number {
  return Date.UTC(new Date(ms).getUTCFullYear(), 0, 1);
}

/** The first instant of the UTC year after that of `ms`. */
function nextYearStart(ms: number): number {
  return Date.UTC(new Date(ms).getUTCFullYear() + 1, 0, 1);
}

const zones = new Map<string, ZoneOffsets>();

/**
 * The `ZoneOffsets` of a zone, made once per execution and shared by every reader of dates (the log, the spend
 * table, targets, grouping…).
 *
 * @param timeZone An IANA zone such as `Europe/Moscow`.
 * @returns The zone's offsets; throws a RangeError for an unknown zone.
 * @example
 * zoneOffsetsOf('UTC').offsetAt(0) //=> 0
 */
export function zoneOffsetsOf(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}
