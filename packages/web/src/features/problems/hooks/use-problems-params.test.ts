import { describe, expect, it } from 'vitest';
import { listQueryOf, parseProblemsParams, serialiseProblemsParams } from './use-problems-params';

describe('the problems view in the URL', () => {
  it('reads the filters back as they were written', () => {
    const sp = new URLSearchParams(
      'tab=list&q=用地&status=assigned,in_progress&category=land&urgency=critical&unitId=u1&overdue=true&sort=-daysOverdue&page=3&pageSize=50',
    );
    const params = parseProblemsParams(sp);
    expect(params).toMatchObject({
      tab: 'list',
      q: '用地',
      status: ['assigned', 'in_progress'],
      category: ['land'],
      urgency: ['critical'],
      unitId: 'u1',
      overdue: true,
      escalated: false,
      sort: '-daysOverdue',
      page: 3,
      pageSize: 50,
    });
    expect(parseProblemsParams(serialiseProblemsParams(params))).toEqual(params);
  });

  it('drops what it does not know and leaves defaults out of the URL', () => {
    const params = parseProblemsParams(
      new URLSearchParams('tab=nope&status=open,bogus,open&sort=name&page=-1&pageSize=7&from=2026-13&to=2026-11-30'),
    );
    expect(params).toMatchObject({ tab: 'board', status: ['open'], sort: 'dueDate', page: 1, pageSize: 20 });
    expect(params.from).toBeNull();
    expect(params.to).toBe('2026-11-30');
    expect(serialiseProblemsParams(params).toString()).toBe('status=open&to=2026-11-30');
  });

  it('asks the server with trimmed words and the flags as set', () => {
    const q = listQueryOf(parseProblemsParams(new URLSearchParams('q=%20%20&escalated=true')));
    expect(q.q).toBeUndefined();
    expect(q.escalated).toBe(true);
    expect(q.overdue).toBe(false);
  });
});
