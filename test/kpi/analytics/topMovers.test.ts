import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topMoversOf } from '../../../src/kpi/analytics/topMovers';

describe('topMoversOf', () => {
  it('names up to three rises and three falls, largest first, each with its share of the change', () => {
    const movers = topMoversOf(
      [
        { name: 'Anna', previous: 500, current: 200 }, // −300
        { name: 'Boris', previous: 100, current: 150 }, // +50
        { name: 'Carl', previous: 300, current: 200 }, // −100
        { name: 'Dora', previous: 0, current: 0 }, // no change: neither
      ],
      -350,
      'en',
    );
    expect(movers.up).toEqual([{ name: 'Boris', previous: 100, current: 150, change: 50, share: 50 / -350 }]);
    expect(movers.down.map((m) => [m.name, m.change, m.share])).toEqual([
      ['Anna', -300, 300 / 350],
      ['Carl', -100, 100 / 350],
    ]);
  });

  it('breaks ties by name and keeps the first three', () => {
    const tie = (name: string, change: number) => ({ name, previous: 100, current: 100 + change });
    const movers = topMoversOf(
      [tie('Dora', 40), tie('boris', 40), tie('Carl', 40), tie('Anna', 40), tie('Zoe', -10), tie('Yan', -10)],
      140,
      'en',
    );
    expect(movers.up.map((m) => m.name)).toEqual(['Anna', 'boris', 'Carl']);
    expect(movers.down.map((m) => m.name)).toEqual(['Yan', 'Zoe']);
    const ru = topMoversOf([tie('Ёлкин', 5), tie('Евсеев', 5), tie('Жуков', 5), tie('Абрамов', 5)], 20, 'ru');
    expect(ru.up.map((m) => m.name)).toEqual(['Абрамов', 'Евсеев', 'Ёлкин']);
  });

  it('counts a rep with no deals last period from 0, and has no share when the total did not change', () => {
    const movers = topMoversOf(
      [
        { name: 'New', previous: null, current: 700 },
        { name: 'Gone', previous: 700, current: null },
      ],
      0,
      'en',
    );
    expect(movers.up).toEqual([{ name: 'New', previous: 0, current: 700, change: 700, share: null }]);
    expect(movers.down).toEqual([{ name: 'Gone', previous: 700, current: 0, change: -700, share: null }]);
  });

  it('gives shares that add up to 1 over every group that moved', () => {
    const group = fc.record({
      previous: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
      current: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 12 }), (groups) => {
        const named = groups.map((g, i) => ({ name: `R${i}`, ...g }));
        const total = named.reduce((sum, g) => sum + g.current - g.previous, 0);
        fc.pre(Math.abs(total) > 0.005);
        const movers = topMoversOf(named, total, 'en', Number.POSITIVE_INFINITY);
        const shares = [...movers.up, ...movers.down].reduce((sum, m) => sum + m.share!, 0);
        expect(shares).toBeCloseTo(1, 6);
      }),
    );
  });
});
