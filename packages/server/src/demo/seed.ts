import { ROLE_LABELS, type Role } from '@tuijin/shared';
import { count } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db, Tx } from '../db/database.js';
import { projects, regions, responsibilityAssignments, tags } from '../db/schema.js';
import { hashPassword } from '../lib/password.js';
import { appendEntry } from '../modules/journal/journal.service.js';
import { createUnitAsSystem, createUserAsSystem, ensureRegion } from '../modules/org/bootstrap.js';
import { buildDemoDistrict, DEMO_PASSWORD, type DemoDistrict } from './demo-data.js';
import { seedDemoFactors } from './seed-factors.js';
import { seedDemoFormalities } from './seed-formalities.js';
import { seedDemoProblems } from './seed-problems.js';
import { seedDemoProgress } from './seed-progress.js';
import { seedDemoSupervision } from './seed-supervision.js';

const REASON = 'demo data';
export const DEMO_ACCOUNTS: Role[] = ['admin', 'office', 'leader', 'unit', 'owner', 'supervisor'];

/** On first start with an empty database: the demo district, or instructions when demo is off. */
export async function seedIfEmpty(db: Db, config: Config, logger: Logger) {
  const [row] = await db.select({ n: count() }).from(regions);
  if ((row?.n ?? 0) > 0) return null;
  if (!config.demo) {
    logger.warn('The database is empty. Create the first district and administrator with: npm run cli -- setup --help');
    return null;
  }
  const started = performance.now();
  await db.transaction((tx) =>
    seedDemo(tx, buildDemoDistrict(), { timeZone: config.timezone, dueDay: config.reportDueDay, now: new Date() }),
  );
  logger.info(`Demo district created in ${Math.round(performance.now() - started)} ms`);
  return DEMO_ACCOUNTS.map((r) => ({ username: r, role: `${ROLE_LABELS[r]['zh-CN']} (${ROLE_LABELS[r]['en-US']})` }));
}

export async function seedDemo(
  tx: Tx,
  demo: DemoDistrict = buildDemoDistrict(),
  settings: { timeZone: string; dueDay: number; now: Date } = { timeZone: 'Asia/Shanghai', dueDay: 5, now: new Date() },
): Promise<void> {
  const regionIds = new Map<string, string>();
  for (const r of demo.regions) {
    const row = await ensureRegion(
      tx,
      { parentId: r.parentKey ? regionIds.get(r.parentKey)! : null, level: r.level, code: r.code, name: r.name },
      REASON,
    );
    regionIds.set(r.key, row.id);
  }
  const district = demo.regions.find((r) => r.level === 'district')!;
  const districtId = regionIds.get(district.key)!;

  const unitIds = new Map<string, string>();
  for (const u of demo.units) {
    const row = await createUnitAsSystem(
      tx,
      { districtId, kind: u.kind, name: u.name, shortName: u.shortName },
      REASON,
    );
    unitIds.set(u.key, row.id);
  }

  // One argon2id hash per account, computed in parallel on libuv's threads.
  const hashes = await Promise.all(demo.users.map(() => hashPassword(DEMO_PASSWORD)));
  const userIds = new Map<string, string>();
  for (const [i, u] of demo.users.entries()) {
    const row = await createUserAsSystem(
      tx,
      {
        username: u.username,
        displayName: u.displayName,
        phone: u.phone,
        unitId: u.unitKey ? unitIds.get(u.unitKey)! : null,
        districtId,
        passwordHash: hashes[i]!,
        roles: u.roles.map((role) => ({ role, scopeRegionId: districtId })),
      },
      REASON,
    );
    userIds.set(u.username, row.id);
  }

  const tagRows = await tx
    .insert(tags)
    .values(demo.tags.map((t) => ({ districtId, category: t.category, name: t.name })))
    .returning();
  const tagIds = new Map(demo.tags.map((t, i) => [t.key, tagRows[i]!]));

  const projectIds: string[] = [];
  for (const p of demo.projects) {
    const [row] = await tx
      .insert(projects)
      .values({
        districtId,
        streetId: p.streetKey ? regionIds.get(p.streetKey)! : null,
        code: p.code,
        name: p.name,
        ownerUnitId: unitIds.get(p.ownerUnitKey)!,
        investorType: p.investorType,
        field: p.field,
        direction: p.direction,
        industry: p.industry,
        stage: p.stage,
        inStatistics: p.inStatistics,
        content: p.content,
        totalInvestment: p.totalInvestmentYuan,
        plannedStart: p.plannedStart,
        plannedEnd: p.plannedEnd,
        address: p.address,
        lng: p.lng,
        lat: p.lat,
        publishable: p.publishable,
        tagIds: p.tagKeys.map((k) => tagIds.get(k)!.id),
        leadLeaderId: userIds.get(p.leadLeaderUsername)!,
        responsibleUnitId: unitIds.get(p.responsibleUnitKey)!,
      })
      .returning();
    const project = row!;
    projectIds.push(project.id);
    const assignments = [
      { slotKey: 'lead_leader', position: 0, userId: userIds.get(p.leadLeaderUsername)!, unitId: null, text: null },
      {
        slotKey: 'responsible_unit',
        position: 0,
        userId: null,
        unitId: unitIds.get(p.responsibleUnitKey)!,
        text: null,
      },
      ...p.serviceTeamUsernames.map((u, position) => ({
        slotKey: 'service_team',
        position,
        userId: userIds.get(u)!,
        unitId: null,
        text: null,
      })),
      ...(p.promotionPlan
        ? [{ slotKey: 'promotion_plan', position: 0, userId: null, unitId: null, text: p.promotionPlan }]
        : []),
    ];
    await tx.insert(responsibilityAssignments).values(assignments.map((a) => ({ ...a, projectId: project.id })));
    await appendEntry(tx, {
      districtId,
      actorUserId: null,
      entity: 'project',
      entityId: project.id,
      action: 'create',
      before: null,
      after: {
        name: p.name,
        code: p.code,
        owner: { id: project.ownerUnitId, name: demo.units.find((u) => u.key === p.ownerUnitKey)!.name },
        stage: p.stage,
        totalInvestment: p.totalInvestmentYuan,
        tags: p.tagKeys.map((k) => tagIds.get(k)!.name),
        version: 1,
      },
      reason: REASON,
    });
  }
  // A report is reviewed by a user of the project's responsible unit, else by the office.
  const reviewerOfUnit = new Map(
    demo.users.filter((u) => u.roles.includes('unit') && u.unitKey).map((u) => [u.unitKey!, userIds.get(u.username)!]),
  );
  await seedDemoProgress(
    tx,
    demo.projects,
    {
      districtId,
      projectIds,
      officeUserId: userIds.get('office')!,
      reviewerByProject: demo.projects.map((p) => reviewerOfUnit.get(p.responsibleUnitKey) ?? null),
    },
    settings,
  );
  // Problems are raised by an owner-role user of the project's owner unit, else by the office.
  const ownerOfUnit = new Map(
    demo.users.filter((u) => u.roles.includes('owner') && u.unitKey).map((u) => [u.unitKey!, userIds.get(u.username)!]),
  );
  await seedDemoProblems(
    tx,
    {
      districtId,
      projectIds,
      ownerUserOfProject: (i) => ownerOfUnit.get(demo.projects[i]!.ownerUnitKey) ?? userIds.get('office')!,
      officeUserId: userIds.get('office')!,
      unitIds,
    },
    settings,
  );
  await seedDemoFactors(
    tx,
    demo.projects,
    {
      districtId,
      projectIds,
      requesterOfProject: (i) => ownerOfUnit.get(demo.projects[i]!.ownerUnitKey) ?? userIds.get('office')!,
      unitIds,
    },
    settings,
  );
  // After the reports: a project reported as started needs its construction permit.
  await seedDemoFormalities(
    tx,
    demo.projects,
    { districtId, projectIds, officeUserId: userIds.get('office')!, unitIds },
    settings,
  );
  await seedDemoSupervision(
    tx,
    demo.projects,
    {
      districtId,
      projectIds,
      unitIds,
      reporterOfUnit: new Map([...reviewerOfUnit.entries()].filter(([k]) => unitIds.has(k))),
      leaderNameOf: (username) => demo.users.find((u) => u.username === username)!.displayName,
      supervisorUserId: userIds.get('supervisor')!,
      officeUserId: userIds.get('office')!,
    },
    settings,
  );
}
