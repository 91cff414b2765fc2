import type { Slot } from '@tuijin/shared';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { responsibilityConfigs } from '../../db/schema.js';

/** The default "1+3": one lead leader plus responsible unit, service team and promotion plan. */
export const DEFAULT_SLOTS: Slot[] = [
  {
    key: 'lead_leader',
    labelZh: '包抓领导',
    labelEn: 'Lead leader',
    kind: 'person',
    required: true,
    multiple: false,
    system: true,
    position: 0,
  },
  {
    key: 'responsible_unit',
    labelZh: '责任单位',
    labelEn: 'Responsible unit',
    kind: 'unit',
    required: true,
    multiple: false,
    system: true,
    position: 1,
  },
  {
    key: 'service_team',
    labelZh: '服务专班',
    labelEn: 'Service team',
    kind: 'person',
    required: false,
    multiple: true,
    system: false,
    position: 2,
  },
  {
    key: 'promotion_plan',
    labelZh: '推进方案',
    labelEn: 'Promotion plan',
    kind: 'document',
    required: false,
    multiple: false,
    system: false,
    position: 3,
  },
];

export async function findSlotConfig(tx: Tx, districtId: string): Promise<{ slots: Slot[]; version: number }> {
  const [row] = await tx.select().from(responsibilityConfigs).where(eq(responsibilityConfigs.districtId, districtId));
  return row ? { slots: row.slots as Slot[], version: row.version } : { slots: DEFAULT_SLOTS, version: 0 };
}

/** Saves the set if it is still at `version` (0: never saved); false on a stale version. */
export async function saveSlotConfig(tx: Tx, districtId: string, version: number, slots: Slot[]): Promise<boolean> {
  if (version === 0) {
    const rows = await tx
      .insert(responsibilityConfigs)
      .values({ districtId, slots })
      .onConflictDoNothing()
      .returning({ id: responsibilityConfigs.id });
    return rows.length === 1;
  }
  const rows = await tx
    .update(responsibilityConfigs)
    .set({ slots, version: sql`${responsibilityConfigs.version} + 1`, updatedAt: new Date() })
    .where(sql`${responsibilityConfigs.districtId} = ${districtId} AND ${responsibilityConfigs.version} = ${version}`)
    .returning({ id: responsibilityConfigs.id });
  return rows.length === 1;
}
