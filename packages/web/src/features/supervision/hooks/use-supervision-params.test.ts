import { describe, expect, it } from 'vitest';
import {
  listQueryOf,
  parseQuarter,
  parseSupervisionParams,
  rankingQueryOf,
  serialiseSupervisionParams,
} from './use-supervision-params';

describe('the supervision view in the URL', () => {
  it('reads the filters back as they were written', () => {
    const sp = new URLSearchParams(
      'q=用地&status=open,returned&source=leader&notice=red,blue&unitId=u1&mine=true&sort=-createdAt&page=2&pageSize=50',
    );
    const params = parseSupervisionParams(sp);
    expect(params).toMatchObject({
      tab: 'items',
      q: '用地',
      status: ['open', 'returned'],
      source: ['leader'],
      notice: ['red', 'blue'],
      unitId: 'u1',
      mine: true,
      sort: '-createdAt',
      page: 2,
      pageSize: 50,
    });
    expect(parseSupervisionParams(serialiseSupervisionParams(params))).toEqual(params);
  });

  it('drops what it does not know and leaves defaults out of the URL', () => {
    const params = parseSupervisionParams(
      new URLSearchParams('tab=nope&notice=green,red,red&source=x&sort=name&page=0&pageSize=7&quarter=2026Q5'),
    );
    expect(params).toMatchObject({ tab: 'items', notice: ['red'], source: [], sort: 'dueDate', page: 1, pageSize: 20 });
    expect(params.quarter).toBeNull();
    expect(serialiseSupervisionParams(params).toString()).toBe('notice=red');
  });

  it('asks the server with the assignee unit, trimmed words and the flag as set', () => {
    const q = listQueryOf(parseSupervisionParams(new URLSearchParams('q=%20%20&unitId=u9')));
    expect(q.q).toBeUndefined();
    expect(q.assigneeUnitId).toBe('u9');
    expect(q.mine).toBe(false);
  });

  it('keeps the rankings quarter as 2026Q3 and asks for its year and quarter', () => {
    const params = parseSupervisionParams(
      new URLSearchParams('tab=rankings&subject=leader&order=on_time&quarter=2026Q3'),
    );
    expect(rankingQueryOf(params)).toEqual({ subject: 'leader', order: 'on_time', year: 2026, quarter: 3 });
    expect(rankingQueryOf(parseSupervisionParams(new URLSearchParams('tab=rankings')))).toEqual({
      subject: 'unit',
      order: 'score',
      year: undefined,
      quarter: undefined,
    });
    expect(parseQuarter('2026Q0')).toBeNull();
  });
});
