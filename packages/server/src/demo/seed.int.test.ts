import {
  FACTOR_KINDS,
  FACTOR_REQUEST_STATUSES,
  FEEDBACK_VERDICTS,
  FORMALITY_STEP_STATUSES,
  HOLIDAYS_2026,
  PROBLEM_STATUSES,
  SUPERVISION_SOURCES,
  SUPERVISION_STATUSES,
  type FactorLedger,
  type FactorRequest,
  type ProjectFormalities,
  type SupervisionListItem,
} from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestContext } from '../test/harness.js';
import { verifyJournal } from '../modules/journal/journal.service.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed.js';

// The demo district shows every state of the getting-unstuck work: problems, factor requests,
// formality steps and supervision items, as seeded on first start and read through the API.

let ctx: TestContext;
let office: Session;
let seedMs = 0;

const column = async (query: ReturnType<typeof sql>) =>
  (await ctx.database.db.execute<{ v: string }>(query)).rows.map((r) => r.v);

beforeAll(async () => {
  ctx = await createTestApp();
  const started = performance.now();
  await ctx.database.db.transaction((tx) => seedDemo(tx));
  seedMs = performance.now() - started;
  office = await signIn(ctx.app, 'office', DEMO_PASSWORD);
});

describe('the demo district', () => {
  it('seeds within a few seconds and its journal verifies', async () => {
    expect(seedMs).toBeLessThan(20_000);
    expect((await verifyJournal(ctx.database.db)).ok).toBe(true);
  });

  it('has problems in every status', async () => {
    const statuses = await column(sql`SELECT DISTINCT status AS v FROM problems`);
    expect(new Set(statuses)).toEqual(new Set(PROBLEM_STATUSES));
  });

  it('has factor requests of every kind in every status, with consistent supplied amounts', async () => {
    const res = await office.get('/api/v1/factors?pageSize=200');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: FactorRequest[] }>().items;
    const seen = new Set(items.map((r) => `${r.factor}:${r.status}`));
    for (const f of FACTOR_KINDS)
      for (const s of FACTOR_REQUEST_STATUSES) expect(seen, `${f}:${s}`).toContain(`${f}:${s}`);
    for (const r of items) {
      // Amounts below 2^53 cents: plain numbers compare them exactly enough here.
      const [supplied, amount] = [Number(r.suppliedAmount), Number(r.amount)];
      if (r.status === 'supplied') expect(supplied, r.id).toBeGreaterThanOrEqual(amount);
      else if (r.status === 'partly_supplied') expect(supplied > 0 && supplied < amount, r.id).toBe(true);
      else expect(supplied, r.id).toBe(0);
      expect(r.detail).not.toBe('');
    }
    const ledger = await office.get('/api/v1/factors/ledger');
    for (const row of ledger.json<FactorLedger>().rows) {
      expect(Number(row.requested), row.factor).toBeGreaterThan(0);
      expect(row.fulfilmentRate, row.factor).toBeGreaterThan(0);
      expect(row.fulfilmentRate, row.factor).toBeLessThan(1);
    }
  });

  it('has formality steps in every status, some overdue, and a project started without its permit', async () => {
    const statuses = await column(sql`SELECT DISTINCT status AS v FROM formality_steps`);
    expect(new Set(statuses)).toEqual(new Set(FORMALITY_STEP_STATUSES));
    const docs = await column(sql`SELECT document_no AS v FROM formality_steps WHERE status = 'approved'`);
    expect(docs.every((d) => d !== null && d.length > 0)).toBe(true);
    expect(docs.some((d) => /^区发改审批〔\d{4}〕\d+号$/.test(d))).toBe(true);
    expect(await column(sql`SELECT count(*)::text AS v FROM holiday_calendar`)).toEqual([String(HOLIDAYS_2026.length)]);

    // Overdue against the statutory limit, in the approving units' queues.
    const approvers = await column(sql`SELECT DISTINCT approver_unit_id::text AS v FROM formality_steps`);
    let overdue = 0;
    for (const unitId of approvers) {
      const q = await office.get(`/api/v1/formalities/queue?unitId=${unitId}&overdue=true&pageSize=200`);
      expect(q.statusCode).toBe(200);
      overdue += q.json<{ total: number }>().total;
    }
    expect(overdue).toBeGreaterThan(0);

    // The compliance red: reported as started, the construction permit not approved.
    const warnings = await office.get('/api/v1/warnings?pageSize=200');
    const noPermit = warnings
      .json<{ items: { project: { id: string }; reasons: { rule: string }[] }[] }>()
      .items.filter((w) => w.reasons.some((r) => r.rule === 'no_permit'));
    expect(noPermit.length).toBeGreaterThanOrEqual(1);
    const f = await office.get(`/api/v1/projects/${noPermit[0]!.project.id}/formalities`);
    const body = f.json<ProjectFormalities>();
    expect(body.started).toBe(true);
    expect(body.compliance.violation).toBe(true);
    expect(body.template).not.toBeNull();

    // The demo owner still has a project whose permit it may file (the formalities journey).
    const owner = await signIn(ctx.app, 'owner', DEMO_PASSWORD);
    const mine = (await owner.get('/api/v1/projects?pageSize=100')).json<{ items: { id: string }[] }>().items;
    let fileable = 0;
    for (const p of mine) {
      const steps = (await owner.get(`/api/v1/projects/${p.id}/formalities`)).json<ProjectFormalities>().steps;
      if (steps.some((s) => s.isConstructionPermit && s.actions.includes('submit'))) fileable++;
    }
    expect(fileable).toBeGreaterThan(0);
  });

  it('has supervision items from every source in every status, with every notice and verdict', async () => {
    const supervisor = await signIn(ctx.app, 'supervisor', DEMO_PASSWORD);
    const res = await supervisor.get('/api/v1/supervision-items?pageSize=200');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: SupervisionListItem[] }>().items;
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(SUPERVISION_STATUSES));
    expect(new Set(items.map((i) => i.source))).toEqual(new Set(SUPERVISION_SOURCES));
    expect(new Set(items.map((i) => i.notice.level))).toEqual(new Set(['blue', 'yellow', 'red', null]));
    for (const i of items) {
      if (i.status === 'open') expect(i.rounds).toBe(0);
      else expect(i.rounds).toBeGreaterThan(0);
      expect(i.closedAt === null).toBe(i.status !== 'closed');
    }
    const verdicts = await column(sql`SELECT DISTINCT verdict AS v FROM supervision_feedback`);
    expect(new Set(verdicts)).toEqual(new Set(FEEDBACK_VERDICTS));
    // The demo unit account has work waiting on it.
    const unit = await signIn(ctx.app, 'unit', DEMO_PASSWORD);
    expect((await unit.get('/api/v1/supervision-items?mine=true')).json<{ total: number }>().total).toBeGreaterThan(0);
  });
});
