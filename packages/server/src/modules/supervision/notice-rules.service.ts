import { DEFAULT_NOTICE_RULES, type NoticeRules, type NoticeRulesConfig } from '@tuijin/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { supervisionNoticeRules } from '../../db/schema.js';
import { allDistricts, type Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';
import { supervisorDistricts } from './supervision.service.js';

// The notice rules of supervision items (how many days before the due date an item turns blue)
// are configuration of each district, read by everyone of it and kept by its supervision office.

const conflict = () => new AppError('version_conflict', 'the notice rules were changed by someone else');

async function read(tx: Tx, districtId: string): Promise<NoticeRulesConfig> {
  const [row] = await tx.select().from(supervisionNoticeRules).where(eq(supervisionNoticeRules.districtId, districtId));
  return {
    districtId,
    version: row?.version ?? 0,
    rules: { ...DEFAULT_NOTICE_RULES, ...((row?.rules as Partial<NoticeRules> | undefined) ?? {}) },
  };
}

export function getNoticeRules(db: Tx, actor: Actor, districtId?: string): Promise<NoticeRulesConfig> {
  return read(db, chooseDistrict(allDistricts(actor), districtId));
}

export async function updateNoticeRules(
  db: Db,
  actor: Actor,
  input: { districtId?: string; version: number; rules: NoticeRules; reason?: string },
): Promise<NoticeRulesConfig> {
  const districtId = chooseDistrict(
    supervisorDistricts(actor),
    input.districtId,
    'only the supervision office keeps the notice rules',
  );
  return db.transaction(async (tx) => {
    const current = await read(tx, districtId);
    if (current.version !== input.version) throw conflict();
    const rules = { blueWithinDays: input.rules.blueWithinDays };
    if (input.version === 0) {
      const rows = await tx
        .insert(supervisionNoticeRules)
        .values({ districtId, rules })
        .onConflictDoNothing()
        .returning();
      if (!rows.length) throw conflict();
    } else {
      const rows = await tx
        .update(supervisionNoticeRules)
        .set({ rules, version: sql`${supervisionNoticeRules.version} + 1`, updatedAt: new Date() })
        .where(
          and(eq(supervisionNoticeRules.districtId, districtId), eq(supervisionNoticeRules.version, input.version)),
        )
        .returning();
      if (!rows.length) throw conflict();
    }
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'supervision_notice_rules',
      entityId: districtId,
      action: 'update',
      before: { rules: current.rules },
      after: { rules },
      reason: input.reason || null,
    });
    return { districtId, version: input.version + 1, rules };
  });
}
