import { validateLightRules, withLightRuleDefaults, type LightRules, type LightRulesPatch } from '@tuijin/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { lightRuleConfigs } from '../../db/schema.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';

// Warning-light thresholds are configuration of each district, edited by its project office.

/** The rules in force in each of these districts (defaults where nothing is stored). */
export async function rulesByDistrict(tx: Tx, districtIds: string[]): Promise<Map<string, LightRules>> {
  const rows = districtIds.length
    ? await tx.select().from(lightRuleConfigs).where(inArray(lightRuleConfigs.districtId, districtIds))
    : [];
  const map = new Map(districtIds.map((d) => [d, withLightRuleDefaults()]));
  for (const r of rows) map.set(r.districtId, withLightRuleDefaults(r.rules as LightRulesPatch));
  return map;
}

export async function getLightRules(db: Tx, actor: Actor, districtId?: string) {
  const d = chooseDistrict(allDistricts(actor), districtId);
  const [row] = await db.select().from(lightRuleConfigs).where(eq(lightRuleConfigs.districtId, d));
  return {
    districtId: d,
    version: row?.version ?? 0,
    rules: withLightRuleDefaults(row?.rules ?? {}),
  };
}

export async function updateLightRules(
  db: Db,
  actor: Actor,
  input: { districtId?: string; version: number; rules: LightRules; reason?: string },
) {
  const districtId = chooseDistrict(districtsFor(actor, 'admin', 'office'), input.districtId);
  const issues = validateLightRules(input.rules);
  if (issues.length)
    throw new AppError(
      'validation_failed',
      'validation failed',
      issues.map((i) => ({ path: ['rules', i.rule, i.field], message: i.message })),
    );
  return db.transaction(async (tx) => {
    const current = await getLightRules(tx, actor, districtId);
    if (current.version !== input.version)
      throw new AppError('version_conflict', 'the rules were changed by someone else');
    if (input.version === 0) {
      await tx.insert(lightRuleConfigs).values({ districtId, rules: input.rules });
    } else {
      const rows = await tx
        .update(lightRuleConfigs)
        .set({ rules: input.rules, version: sql`${lightRuleConfigs.version} + 1`, updatedAt: new Date() })
        .where(and(eq(lightRuleConfigs.districtId, districtId), eq(lightRuleConfigs.version, input.version)))
        .returning();
      if (!rows.length) throw new AppError('version_conflict', 'the rules were changed by someone else');
    }
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'light_rules',
      entityId: districtId,
      action: 'update',
      before: { rules: current.rules },
      after: { rules: input.rules },
      reason: input.reason || null,
    });
    return { districtId, version: input.version + 1, rules: input.rules };
  });
}
