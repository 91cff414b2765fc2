import { describe, expect, it } from 'vitest';
import { ledgerQueryOf, listQueryOf, parseFactorsParams, serialiseFactorsParams } from './use-factors-params';

const PROJECT = '0b6c3c2e-6a55-4a38-9b3f-3f1d2f7c9a10';
const UNIT = '5d1f7a3b-2c4e-4f6a-8b9c-0d1e2f3a4b5c';

describe('the factors view in the URL', () => {
  it('reads the filters back as they were written', () => {
    const sp = new URLSearchParams(
      `tab=ledger&factor=land,funds&status=requested,partly_supplied&supplierUnitId=${UNIT}&projectId=${PROJECT}&sort=-unmet&page=2&pageSize=50`,
    );
    const params = parseFactorsParams(sp);
    expect(params).toEqual({
      tab: 'ledger',
      factor: ['land', 'funds'],
      status: ['requested', 'partly_supplied'],
      supplierUnitId: UNIT,
      projectId: PROJECT,
      sort: '-unmet',
      page: 2,
      pageSize: 50,
    });
    expect(parseFactorsParams(serialiseFactorsParams(params))).toEqual(params);
  });

  it('drops what it does not know and leaves defaults out of the URL', () => {
    const params = parseFactorsParams(
      new URLSearchParams('tab=nope&factor=land,gold,land&status=bogus&projectId=x&sort=name&page=0&pageSize=7'),
    );
    expect(params).toMatchObject({ tab: 'requests', factor: ['land'], status: [], projectId: null, page: 1 });
    expect(serialiseFactorsParams(params).toString()).toBe('factor=land');
  });

  it('asks the ledger only for the project and the supplying unit', () => {
    const params = parseFactorsParams(new URLSearchParams(`factor=energy&status=supplied&projectId=${PROJECT}`));
    expect(ledgerQueryOf(params)).toEqual({ projectId: PROJECT, supplierUnitId: null });
    expect(listQueryOf(params)).toMatchObject({ factor: ['energy'], status: ['supplied'], projectId: PROJECT });
  });
});
