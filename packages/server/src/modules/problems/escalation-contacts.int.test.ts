import { addDays, localDate } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../lib/clock.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { escalateOverdue } from './problem-escalation.js';

// The office keeps the escalation list (升级名单); a problem more than 15 days overdue is told to
// the people on it instead of the office.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};
const tz = 'Asia/Shanghai';
const today = () => localDate(new Date(), tz);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  for (const name of ['office', 'officeB', 'supervisor', 'unit', 'admin'])
    s[name] = await signIn(ctx.app, name, PASSWORD);
});

async function noticesOf(userId: string) {
  const r = await ctx.database.db.execute<{ event: string }>(
    sql`SELECT payload->>'event' AS event FROM notifications WHERE kind = 'problem' AND user_id = ${userId} ORDER BY created_at`,
  );
  return r.rows.map((x) => x.event);
}

describe('the escalation list', () => {
  it('is empty at first, kept by the office, read by the supervision office, refused to others', async () => {
    expect((await s.office!.get('/api/v1/escalation-contacts')).json()).toEqual({
      districtId: w.regions.a.id,
      contacts: [],
    });
    const set = await s.office!.put('/api/v1/escalation-contacts', {
      userIds: [w.users.supervisor.id, w.users.leader2.id, w.users.supervisor.id],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(
      set
        .json()
        .contacts.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([w.users.supervisor.id, w.users.leader2.id].sort());
    expect((await s.supervisor!.get('/api/v1/escalation-contacts')).json().contacts).toHaveLength(2);
    expect((await s.supervisor!.put('/api/v1/escalation-contacts', { userIds: [] })).statusCode).toBe(403);
    expect((await s.unit!.get('/api/v1/escalation-contacts')).statusCode).toBe(403);
    // Another district's office can neither read nor change it; nor put its own people on it.
    const foreign = await s.officeB!.put('/api/v1/escalation-contacts', {
      userIds: [],
      districtId: w.regions.a.id,
    });
    expect(foreign.statusCode).toBe(403);
    const outsider = await s.office!.put('/api/v1/escalation-contacts', { userIds: [w.users.officeB.id] });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.details[0]).toMatchObject({ path: ['userIds', 0], message: 'user_not_found' });
  });

  it('is journaled with the people before and after', async () => {
    const r = await ctx.database.db.execute<{ before: { userIds: string[] }; after: { userIds: string[] } }>(
      sql`SELECT before, after FROM journal_entries WHERE entity = 'escalation_contacts' ORDER BY seq`,
    );
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.before.userIds).toEqual([]);
    expect(r.rows[0]!.after.userIds.sort()).toEqual([w.users.supervisor.id, w.users.leader2.id].sort());
  });

  it('is told of a problem 16 days overdue, instead of the office', async () => {
    const raised = await s.office!.post('/api/v1/problems', {
      projectId: w.projects.a1.id,
      category: 'funds',
      title: '配套资金未到位',
      description: '区级配套资金 800 万元未拨付。',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const { id, version } = raised.json();
    const assigned = await s.office!.post(`/api/v1/problems/${id}/assign`, {
      version,
      leadUnitId: w.units.bureau1.id,
      dueDate: addDays(today(), 1),
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    await ctx.database.db.execute(sql`UPDATE problems SET due_date = ${addDays(today(), -16)}::date WHERE id = ${id}`);
    const clock = new TestClock();
    await escalateOverdue(ctx.database.db, { timeZone: tz, dueDay: 5, clock });
    expect(await noticesOf(w.users.supervisor.id)).toContain('escalate_list');
    expect(await noticesOf(w.users.leader2.id)).toContain('escalate_list');
    expect(await noticesOf(w.users.office.id)).not.toContain('escalate_list');
  });
});
