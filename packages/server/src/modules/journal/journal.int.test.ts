import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { verifyJournal } from './journal.service.js';

let ctx: TestContext;
let w: World;
let office: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
});

async function touch(projectId: string, n: number) {
  const p = (await office.get(`/api/v1/projects/${projectId}`)).json();
  return office.patch(`/api/v1/projects/${projectId}`, { version: p.version, industry: `行业${n}` });
}

describe('journal', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of entries', async () => {
    const db = ctx.database.db;
    // drizzle wraps the database error; the trigger's message is its cause.
    const appendOnly = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(db.execute(sql`UPDATE journal_entries SET reason = 'x'`)).rejects.toMatchObject(appendOnly);
    await expect(db.execute(sql`DELETE FROM journal_entries`)).rejects.toMatchObject(appendOnly);
    await expect(db.execute(sql`TRUNCATE journal_entries`)).rejects.toMatchObject(appendOnly);
  });

  it('keeps one valid chain per district under concurrent writes', async () => {
    const writes = await Promise.all([w.projects.a1.id, w.projects.a2.id].flatMap((id, i) => [touch(id, i)]));
    expect(writes.every((r) => r.statusCode === 200)).toBe(true);
    const result = await verifyJournal(ctx.database.db);
    expect(result.ok).toBe(true);
    const chainA = result.chains.find((c) => c.districtId === w.regions.a.id)!;
    const [count] = (
      await ctx.database.db.execute<{ n: string }>(
        sql`SELECT count(*) AS n FROM journal_entries WHERE district_id = ${w.regions.a.id}`,
      )
    ).rows;
    expect(chainA.entries).toBe(Number(count!.n));
    expect(result.chains.map((c) => c.districtId)).toEqual(
      expect.arrayContaining([w.regions.a.id, w.regions.b.id, null]),
    );
  });

  it('reports the first altered entry, and the first entry after a removed one', async () => {
    await touch(w.projects.a1.id, 10);
    await touch(w.projects.a1.id, 11);
    const db = ctx.database.db;
    const rows = (
      await db.execute<{ seq: string }>(
        sql`SELECT seq FROM journal_entries WHERE district_id = ${w.regions.a.id} ORDER BY seq`,
      )
    ).rows.map((r) => Number(r.seq));
    const victim = rows[rows.length - 3]!;
    await db.execute(sql`ALTER TABLE journal_entries DISABLE TRIGGER journal_entries_no_update`);
    await db.execute(
      sql`UPDATE journal_entries SET after = jsonb_set(after, '{industry}', '"篡改"') WHERE seq = ${victim}`,
    );
    let result = await verifyJournal(db);
    expect(result.ok).toBe(false);
    expect(result.chains.find((c) => c.districtId === w.regions.a.id)).toMatchObject({
      firstBrokenSeq: victim,
      problem: expect.stringContaining('altered'),
    });
    // Other districts' chains are untouched.
    expect(result.chains.find((c) => c.districtId === w.regions.b.id)!.firstBrokenSeq).toBeNull();

    const admin = await signIn(ctx.app, 'admin', PASSWORD);
    const api = (await admin.get('/api/v1/journal/verify')).json();
    expect(api.ok).toBe(false);

    // Deleting an entry breaks the link of the one after it.
    const deleted = rows[rows.length - 2]!;
    await db.execute(sql`DELETE FROM journal_entries WHERE seq IN (${victim}, ${deleted})`);
    await db.execute(sql`ALTER TABLE journal_entries ENABLE TRIGGER journal_entries_no_update`);
    result = await verifyJournal(db);
    expect(result.chains.find((c) => c.districtId === w.regions.a.id)).toMatchObject({
      firstBrokenSeq: rows[rows.length - 1],
      problem: expect.stringContaining('link'),
    });
  });
});
