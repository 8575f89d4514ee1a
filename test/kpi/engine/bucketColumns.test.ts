import { describe, expect, it } from 'vitest';
import { bucketColumns, releaseBucketColumns } from '../../../src/kpi/engine/bucketColumns';
import { makeLog } from '../../_support/makeLog';

describe('bucketColumns', () => {
  it('puts each bucket’s rows together in sheet order and leaves out rows of bucket -1', () => {
    const log = makeLog([
      { date: '2026-11-01', kind: 'won', amount: 1, id: 'A', customer: 'x' },
      { date: '2026-11-02', kind: 'lost', amount: 1, id: 'B', customer: 'y' },
      { date: '2026-11-03', kind: 'open', amount: 1, id: 'C' },
      { date: '2026-11-04', kind: 'return', amount: 1, id: 'D', customer: 'z' },
      { date: '2026-11-05', kind: 'won', amount: 1, id: 'E', customer: 'x' },
    ]);
    const columns = bucketColumns(log, Int32Array.of(1, 0, -1, 1, 0), 2);
    expect([...columns.ends]).toEqual([2, 4]);
    expect(columns.size).toBe(4);
    // Rows 1 and 4 (bucket 0), then rows 0 and 3 (bucket 1).
    expect([...columns.id!.subarray(0, 4)]).toEqual([1, 4, 0, 3]);
    expect([...columns.kind.subarray(0, 4)]).toEqual([log.kind[1], log.kind[4], log.kind[0], log.kind[3]]);
    expect([...columns.customer!.subarray(0, 4)]).toEqual([
      log.customer![1],
      log.customer![4],
      log.customer![0],
      log.customer![3],
    ]);
    releaseBucketColumns(columns);
  });

  it('has no id or customer column when the log has none', () => {
    const log = makeLog([{ date: '2026-11-01', kind: 'won', amount: 1 }]);
    const columns = bucketColumns(log, Int32Array.of(0), 1);
    expect([columns.id, columns.customer, columns.size]).toEqual([null, null, 1]);
    releaseBucketColumns(columns);
  });
});
