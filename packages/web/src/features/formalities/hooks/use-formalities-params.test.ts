import { describe, expect, it } from 'vitest';
import { parseFormalitiesParams, queueQueryOf, serialiseFormalitiesParams } from './use-formalities-params';

const UNIT = '0b6f4f3e-8d0a-4c2e-9a51-2f1c3d4e5f60';

describe('the formalities view in the URL', () => {
  it('reads the queue filters back as they were written', () => {
    const sp = new URLSearchParams(`tab=queue&unitId=${UNIT}&status=accepted&overdue=true&sort=-submittedOn&page=2`);
    const params = parseFormalitiesParams(sp);
    expect(params).toMatchObject({
      tab: 'queue',
      unitId: UNIT,
      status: ['accepted'],
      overdue: true,
      sort: '-submittedOn',
      page: 2,
      pageSize: 20,
    });
    expect(serialiseFormalitiesParams(params).toString()).toBe(sp.toString().replace('tab=queue&', ''));
  });

  it('falls back to the defaults on anything it does not know', () => {
    const params = parseFormalitiesParams(
      new URLSearchParams('tab=x&unitId=nope&status=approved,zz&sort=name&page=-1&pageSize=7&year=1900'),
    );
    expect(params).toEqual({
      tab: 'queue',
      unitId: null,
      status: [],
      overdue: false,
      sort: 'urgency',
      page: 1,
      pageSize: 20,
      year: null,
    });
    expect(serialiseFormalitiesParams(params).toString()).toBe('');
  });

  it('keeps the calendar year and the tab, and sends only set filters to the server', () => {
    const params = parseFormalitiesParams(new URLSearchParams('tab=calendar&year=2027'));
    expect(params.tab).toBe('calendar');
    expect(params.year).toBe(2027);
    expect(queueQueryOf(params)).toEqual({
      unitId: null,
      status: [],
      overdue: false,
      sort: 'urgency',
      page: 1,
      pageSize: 20,
    });
  });
});
