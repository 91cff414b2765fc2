import {
  channelTargetIssue,
  channelTestText,
  SIGNED_CHANNEL_KINDS,
  type Channel,
  type ChannelTestResult,
  type channelCreate,
  type channelUpdate,
} from '@tuijin/shared';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound, validation } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';
import { sendThroughChannel, type SendSettings } from './channel-send.js';
import * as repo from './channels.repo.js';

// A district's outbound channels, managed by its administrators and project office. The secret
// is write-only: it is stored, used to sign, and never sent back or journaled (only whether one
// is set).

type CreateIn = z.output<typeof channelCreate>;
type UpdateIn = z.output<typeof channelUpdate>;
type Counts = Channel['outbox'];

const managers = (actor: Actor) => districtsFor(actor, 'admin', 'office');
const NO_COUNTS: Counts = { pending: 0, sent: 0, failed: 0 };

function present(row: repo.ChannelRow, outbox: Counts = NO_COUNTS): Channel {
  return {
    id: row.id,
    districtId: row.districtId,
    kind: row.kind,
    name: row.name,
    target: row.target,
    hasSecret: Boolean(row.secret),
    kinds: row.kinds as Channel['kinds'],
    enabled: row.enabled,
    outbox,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the journal keeps of a channel: everything but the secret and the counters. */
function snapshot(row: repo.ChannelRow): Record<string, unknown> {
  const { id: _i, districtId: _d, outbox: _o, createdAt: _c, updatedAt: _u, ...rest } = present(row);
  return rest;
}

/**
 * Loads a channel the actor manages: one outside the actor's districts is not found, one inside
 * that the actor may not manage is forbidden.
 */
async function loadManaged(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const row = await repo.findChannel(tx, id, forUpdate);
  if (!row || !allDistricts(actor).includes(row.districtId)) throw notFound('notification channel');
  if (!managers(actor).includes(row.districtId))
    throw forbidden('only the administrator or project office manages channels');
  return row;
}

export async function listChannels(db: Db, actor: Actor, districtId?: string): Promise<{ items: Channel[] }> {
  const d = chooseDistrict(managers(actor), districtId, 'only the administrator or project office manages channels');
  const rows = await repo.listChannels(db, d);
  const counts = new Map<string, Counts>();
  for (const c of await repo.outboxCounts(
    db,
    rows.map((r) => r.id),
  )) {
    const entry = counts.get(c.channelId) ?? { ...NO_COUNTS };
    entry[c.status] = c.n;
    counts.set(c.channelId, entry);
  }
  return { items: rows.map((r) => present(r, counts.get(r.id))) };
}

export async function createChannel(db: Db, actor: Actor, input: CreateIn): Promise<Channel> {
  const districtId = chooseDistrict(
    managers(actor),
    input.districtId,
    'only the administrator or project office manages channels',
  );
  return db.transaction(async (tx) => {
    const row = await repo.insertChannel(tx, {
      districtId,
      kind: input.kind,
      name: input.name,
      target: input.target,
      secret: input.secret ?? null,
      kinds: input.kinds,
      enabled: input.enabled,
    });
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'notification_channel',
      entityId: row.id,
      action: 'create',
      before: null,
      after: snapshot(row),
      reason: null,
    });
    return present(row);
  });
}

export async function updateChannel(db: Db, actor: Actor, id: string, input: UpdateIn): Promise<Channel> {
  return db.transaction(async (tx) => {
    const current = await loadManaged(tx, actor, id, true);
    if (current.version !== input.version)
      throw new AppError('version_conflict', 'the channel was changed by someone else');
    if (input.target !== undefined) {
      const issue = channelTargetIssue(current.kind, input.target);
      if (issue) throw validation(['target'], issue);
    }
    if (input.secret && !SIGNED_CHANNEL_KINDS.includes(current.kind))
      throw validation(['secret'], 'secret_not_applicable');
    const { version, ...changes } = input;
    const row = await repo.updateChannel(tx, id, version, changes);
    if (!row) throw new AppError('version_conflict', 'the channel was changed by someone else');
    const before = snapshot(current);
    const after = snapshot(row);
    // A new secret shows in the journal as a change, never as its value.
    if (input.secret && current.secret && input.secret !== current.secret) after.secretChanged = true;
    await appendEntry(tx, {
      districtId: row.districtId,
      actorUserId: actor.userId,
      entity: 'notification_channel',
      entityId: id,
      action: 'update',
      before,
      after,
      reason: null,
    });
    return present(row);
  });
}

export async function deleteChannel(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadManaged(tx, actor, id, true);
    const { messages } = await repo.deleteChannel(tx, id);
    await appendEntry(tx, {
      districtId: current.districtId,
      actorUserId: actor.userId,
      entity: 'notification_channel',
      entityId: id,
      action: 'delete',
      before: { ...snapshot(current), outboundMessages: messages },
      after: null,
      reason: null,
    });
  });
}

/** Sends a test message through the channel now and says how it went; nothing is stored. */
export async function testChannel(
  db: Db,
  actor: Actor,
  id: string,
  settings: SendSettings,
): Promise<ChannelTestResult> {
  const row = await loadManaged(db, actor, id);
  const text = channelTestText(row.name, 'zh-CN');
  const started = performance.now();
  try {
    await sendThroughChannel(
      row,
      {
        kind: 'test',
        title: text.title,
        text: text.body,
        payload: { channelId: row.id },
        districtId: row.districtId,
        sentAt: new Date().toISOString(),
      },
      settings,
    );
    return { ok: true, error: null, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return {
      ok: false,
      error: err instanceof Error ? err.message : String(err),
      ms: Math.round(performance.now() - started),
    };
  }
}
