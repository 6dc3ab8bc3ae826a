import { frozenParts } from '../../../api/src/modules/grid-report/grid-report.service';

describe('frozenParts: the frozen lights of a closed range as months of the per-grid rollup plus or minus days', () => {
  it('counts a month cut near its start as the whole month less the days before, and one cut near its end by its days', () => {
    expect(frozenParts('2025-12-04', '2026-12-02')).toEqual({
      months: { from: '2025-12-01', until: '2026-12-01' },
      days: [
        { from: '2025-12-01', until: '2025-12-04', sign: -1 },
        { from: '2026-12-01', until: '2026-12-02', sign: 1 },
      ],
    });
  });

  it('counts most of one month as the month less the days after, and a few days as themselves', () => {
    expect(frozenParts('2024-05-01', '2024-05-22')).toEqual({
      months: { from: '2024-05-01', until: '2024-06-01' },
      days: [{ from: '2024-05-22', until: '2024-06-01', sign: -1 }],
    });
    expect(frozenParts('2024-05-10', '2024-05-12')).toEqual({ months: null, days: [{ from: '2024-05-10', until: '2024-05-12', sign: 1 }] });
    expect(frozenParts('2024-02-10', '2024-02-25')).toEqual({
      months: { from: '2024-02-01', until: '2024-03-01' },
      days: [
        { from: '2024-02-01', until: '2024-02-10', sign: -1 },
        { from: '2024-02-25', until: '2024-03-01', sign: -1 },
      ],
    });
  });

  it('reads whole months alone, and nothing for an empty range', () => {
    expect(frozenParts('2024-04-01', '2024-06-01')).toEqual({ months: { from: '2024-04-01', until: '2024-06-01' }, days: [] });
    expect(frozenParts('2024-05-03', '2024-05-03')).toEqual({ months: null, days: [] });
  });
});
