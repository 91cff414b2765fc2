import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RANKING_WEIGHTS,
  onTimeOutcome,
  onTimeSums,
  quarterWindow,
  rankSubjects,
  validateRankingWeights,
  withQuarterChange,
  type RankingInput,
} from './rankings.js';

describe('quarter windows', () => {
  it('gives the first and last day of each quarter', () => {
    expect(quarterWindow(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterWindow(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterWindow(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterWindow(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(() => quarterWindow(2026, 5)).toThrow(RangeError);
  });
});

describe('on-time closure', () => {
  const q3 = quarterWindow(2026, 3);

  it('counts an item in the quarter of its due date, once done or past due', () => {
    const after = '2026-10-15';
    expect(onTimeOutcome({ dueDate: '2026-09-30', doneOn: '2026-09-30' }, q3, after)).toBe('on_time'); // on the day
    expect(onTimeOutcome({ dueDate: '2026-09-30', doneOn: '2026-10-01' }, q3, after)).toBe('late');
    expect(onTimeOutcome({ dueDate: '2026-09-30', doneOn: null }, q3, after)).toBe('late');
    expect(onTimeOutcome({ dueDate: '2026-10-01', doneOn: '2026-09-01' }, q3, after)).toBe('not_counted'); // Q4
    expect(onTimeOutcome({ dueDate: '2026-06-30', doneOn: null }, q3, after)).toBe('not_counted'); // Q2
    expect(onTimeOutcome({ dueDate: null, doneOn: null }, q3, after)).toBe('not_counted');
  });

  it('does not count an item before its due date unless it is already done', () => {
    expect(onTimeOutcome({ dueDate: '2026-09-20', doneOn: null }, q3, '2026-09-10')).toBe('not_counted');
    expect(onTimeOutcome({ dueDate: '2026-09-20', doneOn: '2026-09-05' }, q3, '2026-09-10')).toBe('on_time');
    // Due today, not done: not late yet. Tomorrow it is.
    expect(onTimeOutcome({ dueDate: '2026-09-10', doneOn: null }, q3, '2026-09-10')).toBe('not_counted');
    expect(onTimeOutcome({ dueDate: '2026-09-10', doneOn: null }, q3, '2026-09-11')).toBe('late');
    expect(() => onTimeOutcome({ dueDate: '2026-9-10', doneOn: null }, q3, '2026-09-11')).toThrow(RangeError);
  });

  it('sums them', () => {
    const items = [
      { dueDate: '2026-07-10', doneOn: '2026-07-09' }, // on time
      { dueDate: '2026-08-10', doneOn: '2026-08-12' }, // late
      { dueDate: '2026-09-30', doneOn: null }, // late as of 15 Oct
      { dueDate: '2026-10-10', doneOn: null }, // Q4
    ];
    expect(onTimeSums(items, q3, '2026-10-15')).toEqual({ due: 3, onTime: 1 });
    // As of 20 Sep the last Q3 item is not due yet.
    expect(onTimeSums(items, q3, '2026-09-20')).toEqual({ due: 2, onTime: 1 });
  });
});

describe('rankings', () => {
  const none = { due: 0, onTime: 0 };
  const noLights = { green: 0, yellow: 0, red: 0 };
  const rows: RankingInput[] = [
    // A: C = (3 + 1) ÷ (4 + 1) = 0.8 (not the mean of 3/4 and 1/1, 0.875);
    //    L = (2 + 0.5 × 1) ÷ 4 = 0.625; score = 100 × (0.6 × 0.8 + 0.4 × 0.625) ÷ 1 = 100 × (0.48 + 0.25) = 73.
    {
      id: 'a',
      name: '自然资源局',
      problems: { due: 4, onTime: 3 },
      supervision: { due: 1, onTime: 1 },
      lights: { green: 2, yellow: 1, red: 1 },
    },
    // B: C = 2 ÷ 2 = 1; L = 0.5 ÷ 2 = 0.25; score = 100 × (0.6 + 0.1) = 70.
    {
      id: 'b',
      name: '住建局',
      problems: { due: 2, onTime: 2 },
      supervision: none,
      lights: { green: 0, yellow: 1, red: 1 },
    },
    // C: nothing due: C none; L = 3 ÷ 3 = 1; score = 100 × L = 100.
    { id: 'c', name: '开发区', problems: none, supervision: none, lights: { green: 3, yellow: 0, red: 0 } },
    // D: C = 8 ÷ 10 = 0.8; L = 0.625; score 73, the same as A: more items due puts D first.
    {
      id: 'd',
      name: '发改局',
      problems: { due: 5, onTime: 4 },
      supervision: { due: 5, onTime: 4 },
      lights: { green: 2, yellow: 1, red: 1 },
    },
    // E: nothing at all: no score, no rank.
    { id: 'e', name: '统计局', problems: none, supervision: none, lights: noLights },
    // F: C = 1 ÷ 2 = 0.5, no projects: score = 100 × C = 50.
    { id: 'f', name: '生态环境分局', problems: none, supervision: { due: 2, onTime: 1 }, lights: noLights },
  ];

  it('scores and ranks by the score, ties broken by the items handled', () => {
    const ranked = rankSubjects(rows);
    expect(ranked.map((r) => [r.id, r.rank, r.score, r.onTimeRate, r.lightScore])).toEqual([
      ['c', 1, 100, null, 1],
      ['d', 2, 73, 0.8, 0.625],
      ['a', 3, 73, 0.8, 0.625],
      ['b', 4, 70, 1, 0.25],
      ['f', 5, 50, 0.5, null],
      ['e', null, null, null, null],
    ]);
    expect(DEFAULT_RANKING_WEIGHTS).toEqual({ onTime: 0.6, lights: 0.4, yellowValue: 0.5 });
  });

  it('ranks by on-time rate or by lights alone', () => {
    // On time: B 1; D and A 0.8 (same L 0.625; D has 10 due, A 5); F 0.5; C and E have nothing due.
    // Among the unranked, C has 3 projects, E none.
    expect(rankSubjects(rows, 'on_time').map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['d', 2],
      ['a', 3],
      ['f', 4],
      ['c', null],
      ['e', null],
    ]);
    // Lights: C 1; D and A 0.625 (same C 0.8; D more due); B 0.25; F and E have no projects (F has due items).
    expect(rankSubjects(rows, 'lights').map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['d', 2],
      ['a', 3],
      ['b', 4],
      ['f', null],
      ['e', null],
    ]);
  });

  it('follows other weights', () => {
    // Only the on-time rate counts; yellow worth nothing: A's score = 100 × 0.8 = 80, L = 2 ÷ 4 = 0.5.
    const a = rankSubjects([rows[0]!], 'score', { onTime: 1, lights: 0, yellowValue: 0 })[0]!;
    expect([a.score, a.lightScore]).toEqual([80, 0.5]);
    expect(validateRankingWeights(DEFAULT_RANKING_WEIGHTS)).toEqual([]);
    expect(validateRankingWeights({ onTime: 0, lights: 0, yellowValue: 1.5 })).toEqual([
      { field: 'lights', message: 'rule_weights_not_both_zero' },
      { field: 'yellowValue', message: 'rule_rate_0_1' },
    ]);
  });

  it('breaks exact ties by fewer reds, then by name and id, the same on every machine', () => {
    // Both: C = 1 ÷ 3 (compared as exact decimals), 3 items due, 2 projects.
    // p: green 1, red 1 → L = 1 ÷ 2 = 0.5; q: yellow 2 → L = (0.5 × 2) ÷ 2 = 0.5. Score 100 × (0.6 ÷ 3 + 0.4 × 0.5) = 40.
    const base = { problems: { due: 3, onTime: 1 }, supervision: none };
    const p: RankingInput = { id: 'p', name: '甲', ...base, lights: { green: 1, yellow: 0, red: 1 } };
    const q: RankingInput = { id: 'q', name: '乙', ...base, lights: { green: 0, yellow: 2, red: 0 } };
    const ranked = rankSubjects([p, q]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['q', 1], // no red light
      ['p', 2],
    ]);
    expect(ranked[0]!.score).toBeCloseTo(40, 12);
    // All equal: by name in code point order (乙 U+4E59 before 甲 U+7532), then by id.
    const same = { ...base, lights: { green: 0, yellow: 2, red: 0 } };
    expect(
      rankSubjects([
        { id: 'r1', name: '甲', ...same },
        { id: 'r2', name: '乙', ...same },
      ]).map((r) => r.id),
    ).toEqual(['r2', 'r1']);
    expect(
      rankSubjects([
        { id: 's1', name: '同名', ...same },
        { id: 's0', name: '同名', ...same },
      ]).map((r) => r.id),
    ).toEqual(['s0', 's1']);
  });

  it('shows the change from the previous quarter', () => {
    // Q2: A had C = 1 ÷ 2 = 0.5, L = 0.625 → score 100 × (0.3 + 0.25) = 55, and ranked 2nd behind B.
    const q2 = rankSubjects([
      { ...rows[0]!, problems: { due: 2, onTime: 1 }, supervision: none },
      { ...rows[1]!, lights: { green: 2, yellow: 0, red: 0 } }, // B: C 1, L 1 → 100
    ]);
    expect(q2.map((r) => [r.id, r.rank, r.score])).toEqual([
      ['b', 1, 100],
      ['a', 2, 55],
    ]);
    const q3 = withQuarterChange(rankSubjects(rows), q2);
    const a = q3.find((r) => r.id === 'a')!;
    // Rank 2 → 3: −1. Score 55 → 73: +18. C 0.5 → 0.8: +30 points. L unchanged.
    expect(a.change).toEqual({
      previousRank: 2,
      rankChange: -1,
      scoreChange: 18,
      onTimeRateChangePoints: 30,
      lightScoreChangePoints: 0,
    });
    const c = q3.find((r) => r.id === 'c')!;
    expect(c.change).toEqual({
      previousRank: null,
      rankChange: null,
      scoreChange: null,
      onTimeRateChangePoints: null,
      lightScoreChangePoints: null,
    });
  });
});
