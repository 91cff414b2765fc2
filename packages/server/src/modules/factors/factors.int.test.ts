import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';

// Factor guarantees worked by hand. Land for a1: 12.5 亩 and 30.25 亩 asked of 甲区住建局
// (bureau1); 20 亩 supplied on the second → partly supplied. Ledger for land: requested 42.75,
// supplied 20, met 20, unmet 22.75, fulfilment 20 ÷ 42.75 = 0.4678…  Funds for a1: 5,000,000.00 元
// of special bonds, supplied in full → supplied; a surplus elsewhere never covers a shortfall.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};
const ids: string[] = [];

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  for (const name of ['owner', 'office', 'unit', 'unit2', 'officeB', 'owner2'])
    s[name] = await signIn(ctx.app, name, PASSWORD);
});

describe('factor guarantees', () => {
  it('the project asks for land and funds; a unit and another owner may not', async () => {
    const ask = (amount: string, detail = 'industrial') => ({
      projectId: w.projects.a1.id,
      factor: 'land',
      detail,
      amount,
      supplierUnitId: w.units.bureau1.id,
    });
    for (const [amount, use] of [
      ['12.5', 'industrial'],
      ['30.25', 'commercial'],
    ] as const) {
      const res = await s.owner!.post('/api/v1/factors', ask(amount, use));
      expect(res.statusCode, res.body).toBe(201);
      // Land is measured in 亩 to four decimals.
      expect(res.json()).toMatchObject({ status: 'requested', unitOfMeasure: 'mu', unmet: Number(amount).toFixed(4) });
      ids.push(res.json().id);
    }
    expect((await s.unit!.post('/api/v1/factors', ask('1'))).statusCode).toBe(403);
    expect((await s.owner2!.post('/api/v1/factors', ask('1'))).statusCode).toBe(404);
    expect((await s.owner!.post('/api/v1/factors', ask('0'))).statusCode).toBe(400);
    expect((await s.owner!.post('/api/v1/factors', ask('1', 'moon'))).statusCode).toBe(400);
  });

  it('the supplying unit records supply; the status follows; the owner cannot record supply', async () => {
    const id = ids[1]!;
    expect((await s.owner!.patch(`/api/v1/factors/${id}`, { version: 1, suppliedAmount: '20' })).statusCode).toBe(403);
    expect((await s.unit2!.patch(`/api/v1/factors/${id}`, { version: 1, suppliedAmount: '20' })).statusCode).toBe(404);
    const res = await s.unit!.patch(`/api/v1/factors/${id}`, { version: 1, suppliedAmount: '20' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'partly_supplied', suppliedAmount: '20.0000', unmet: '10.2500' });
    expect((await s.unit!.patch(`/api/v1/factors/${id}`, { version: 1, suppliedAmount: '30' })).statusCode).toBe(409);
    const funds = await s.office!.post('/api/v1/factors', {
      projectId: w.projects.a1.id,
      factor: 'funds',
      detail: 'special_bonds',
      amount: '5000000.00',
    });
    expect(funds.statusCode, funds.body).toBe(201);
    const paid = await s.office!.patch(`/api/v1/factors/${funds.json().id}`, {
      version: 1,
      suppliedAmount: '5000000.00',
    });
    expect(paid.json()).toMatchObject({ status: 'supplied', unmet: '0.00' });
  });

  it('the ledger adds up requested, met and unmet demand exactly; another district sees none of it', async () => {
    const ledger = (await s.office!.get('/api/v1/factors/ledger')).json();
    const land = ledger.rows.find((r: { factor: string }) => r.factor === 'land');
    expect(land).toMatchObject({
      requests: 2,
      requested: '42.7500',
      supplied: '20.0000',
      met: '20.0000',
      unmet: '22.7500',
    });
    expect(land.fulfilmentRate).toBeCloseTo(20 / 42.75, 12);
    const funds = ledger.rows.find((r: { factor: string }) => r.factor === 'funds');
    expect(funds).toMatchObject({ requested: '5000000.00', unmet: '0.00', fulfilmentRate: 1 });
    const b = (await s.officeB!.get('/api/v1/factors/ledger')).json();
    expect(b.rows.every((r: { requests: number }) => r.requests === 0)).toBe(true);
    expect((await s.officeB!.get('/api/v1/factors')).json().total).toBe(0);
    // bureau1 supplies both land requests (and is a1's responsible unit); bureau2 sees none.
    expect((await s.unit2!.get('/api/v1/factors')).json().total).toBe(0);
    expect((await s.unit!.get('/api/v1/factors?factor=land')).json().total).toBe(2);
  });
});
