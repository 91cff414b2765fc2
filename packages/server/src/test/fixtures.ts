import type { Role } from '@tuijin/shared';
import type { Db } from '../db/database.js';
import { projects, responsibilityAssignments, tags } from '../db/schema.js';
import { hashPassword } from '../lib/password.js';
import { createUnitAsSystem, createUserAsSystem, ensureRegion } from '../modules/org/bootstrap.js';

export const PASSWORD = 'fixture-pass-2026';

/**
 * Two districts of one city. District A has a user of every role plus a second leader, unit and
 * owner, so each role has projects inside and outside its scope; district B has its own office
 * and one project that nobody in A may see.
 */
export async function buildWorld(db: Db) {
  const passwordHash = await hashPassword(PASSWORD);
  return db.transaction(async (tx) => {
    const province = await ensureRegion(tx, { parentId: null, level: 'province', code: '990000', name: '测试省' });
    const city = await ensureRegion(tx, { parentId: province.id, level: 'city', code: '990100', name: '测试市' });
    const a = await ensureRegion(tx, { parentId: city.id, level: 'district', code: '990101', name: '甲区' });
    const b = await ensureRegion(tx, { parentId: city.id, level: 'district', code: '990102', name: '乙区' });
    const streetA = await ensureRegion(tx, { parentId: a.id, level: 'street', code: '990101001', name: '东街道' });
    const streetB = await ensureRegion(tx, { parentId: b.id, level: 'street', code: '990102001', name: '西街道' });
    const unit = async (districtId: string, kind: 'office' | 'bureau' | 'enterprise', name: string) =>
      createUnitAsSystem(tx, { districtId, kind, name, shortName: null });
    const units = {
      officeA: await unit(a.id, 'office', '甲区项目办'),
      bureau1: await unit(a.id, 'bureau', '甲区住建局'),
      bureau2: await unit(a.id, 'bureau', '甲区交通局'),
      owner1: await unit(a.id, 'enterprise', '甲区城投集团'),
      owner2: await unit(a.id, 'enterprise', '甲区文旅集团'),
      officeB: await unit(b.id, 'office', '乙区项目办'),
      ownerB: await unit(b.id, 'enterprise', '乙区城投集团'),
    };
    const user = async (username: string, role: Role, unitId: string | null, districtId: string, scope = districtId) =>
      createUserAsSystem(tx, {
        username,
        displayName: username,
        phone: null,
        unitId,
        districtId,
        passwordHash,
        roles: [{ role, scopeRegionId: scope }],
      });
    const users = {
      admin: await user('admin', 'admin', units.officeA.id, a.id),
      office: await user('office', 'office', units.officeA.id, a.id),
      supervisor: await user('supervisor', 'supervisor', units.officeA.id, a.id),
      leader: await user('leader', 'leader', null, a.id),
      leader2: await user('leader2', 'leader', null, a.id),
      unit: await user('unit', 'unit', units.bureau1.id, a.id),
      unit2: await user('unit2', 'unit', units.bureau2.id, a.id),
      owner: await user('owner', 'owner', units.owner1.id, a.id),
      owner2: await user('owner2', 'owner', units.owner2.id, a.id),
      officeB: await user('officeB', 'office', units.officeB.id, b.id),
      cityOffice: await user('cityOffice', 'office', null, a.id, city.id),
    };
    const [tagA] = await tx
      .insert(tags)
      .values({ districtId: a.id, category: 'strategy', name: '城市更新' })
      .returning();
    const project = async (
      name: string,
      code: string,
      districtId: string,
      ownerUnitId: string,
      leadLeaderId: string | null,
      responsibleUnitId: string | null,
      extra: Partial<typeof projects.$inferInsert> = {},
    ) => {
      const [row] = await tx
        .insert(projects)
        .values({
          name,
          code,
          districtId,
          ownerUnitId,
          investorType: 'government',
          field: 'urban',
          direction: 'livelihood',
          stage: 'continuing',
          totalInvestment: '120000000.00',
          leadLeaderId,
          responsibleUnitId,
          ...extra,
        })
        .returning();
      const assignments = [
        ...(leadLeaderId ? [{ projectId: row!.id, slotKey: 'lead_leader', userId: leadLeaderId }] : []),
        ...(responsibleUnitId ? [{ projectId: row!.id, slotKey: 'responsible_unit', unitId: responsibleUnitId }] : []),
      ];
      if (assignments.length) await tx.insert(responsibilityAssignments).values(assignments);
      return row!;
    };
    const p = {
      // In scope of leader, unit and owner.
      a1: await project(
        '甲区老旧小区改造工程',
        '2025-990101-01-01-000001',
        a.id,
        units.owner1.id,
        users.leader.id,
        units.bureau1.id,
        {
          streetId: streetA.id,
          tagIds: [tagA!.id],
        },
      ),
      // In scope of leader2, unit2 and owner2 only.
      a2: await project(
        '甲区文旅综合体项目',
        '2025-990101-01-01-000002',
        a.id,
        units.owner2.id,
        users.leader2.id,
        units.bureau2.id,
        {
          investorType: 'social',
          field: 'industrial',
          direction: 'high_quality',
          stage: 'new_start',
          totalInvestment: '980000000.50',
        },
      ),
      b1: await project('乙区滨江公园项目', '2025-990102-01-01-000001', b.id, units.ownerB.id, null, null, {
        streetId: streetB.id,
      }),
    };
    return { regions: { province, city, a, b, streetA, streetB }, units, users, projects: p, tags: { tagA: tagA! } };
  });
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
