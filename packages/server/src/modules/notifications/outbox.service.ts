import { notificationText, type NotificationKind, type NotificationPayloads } from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import type { OutgoingMessage } from './channel-formats.js';
import { sendThroughChannel, type SendSettings } from './channel-send.js';
import { DEFAULT_RETRY, retryDelayMs, type RetryPolicy } from './notification-rules.js';
import * as repo from './outbox.repo.js';

// The outbox sender: runs on every node. Each pass claims the messages that are due (so no two
// nodes send one message), sends each through its channel, and records the outcome: sent, tried
// again later with a doubling wait, or failed for good after the last attempt.

export type SenderSettings = SendSettings & {
  retry: RetryPolicy;
  /** Messages claimed at once. */
  batchSize: number;
  /** Most messages sent in one pass, so one pass never runs for ever. */
  maxPerPass: number;
};

export type SenderLog = (level: 'info' | 'warn' | 'error', message: string) => void;

export const DEFAULT_SENDER: Omit<SenderSettings, 'smtpUrl' | 'mailFrom'> = {
  timeoutMs: 10_000,
  retry: DEFAULT_RETRY,
  batchSize: 20,
  maxPerPass: 500,
};

export type PassResult = { sent: number; retried: number; failed: number };

/** Outbound messages are written in Chinese, the language of the district's groups. */
export function outgoingOf(row: repo.OutboundRow, sentAt: Date): OutgoingMessage {
  const text = notificationText(
    row.kind as NotificationKind,
    row.payload as NotificationPayloads[NotificationKind],
    'zh-CN',
  );
  return {
    kind: row.kind,
    title: text.title,
    text: text.body,
    payload: row.payload,
    districtId: row.districtId,
    sentAt: sentAt.toISOString(),
  };
}

/** A claimed message stays out of everyone's reach this long: every send of the batch can time out. */
function leaseMs(s: SenderSettings): number {
  return Math.max(60_000, 2 * s.batchSize * s.timeoutMs);
}

export async function sendDueMessages(
  db: Db,
  settings: SenderSettings,
  log: SenderLog = () => undefined,
  now: () => Date = () => new Date(),
): Promise<PassResult> {
  const result: PassResult = { sent: 0, retried: 0, failed: 0 };
  let handled = 0;
  while (handled < settings.maxPerPass) {
    const claimed = await repo.claimDue(db, now(), settings.batchSize, leaseMs(settings));
    if (!claimed.length) break;
    handled += claimed.length;
    const channels = new Map(
      (await repo.channelsByIds(db, [...new Set(claimed.map((m) => m.channelId))])).map((c) => [c.id, c]),
    );
    // One channel's messages go in order; different channels are sent side by side.
    const byChannel = new Map<string, repo.OutboundRow[]>();
    for (const m of claimed) byChannel.set(m.channelId, [...(byChannel.get(m.channelId) ?? []), m]);
    await Promise.all(
      [...byChannel.entries()].map(async ([channelId, messages]) => {
        const channel = channels.get(channelId);
        for (const m of messages) {
          const outcome = await sendOne(db, m, channel, settings, now);
          result[outcome]++;
          if (outcome !== 'sent')
            log(
              outcome === 'failed' ? 'error' : 'warn',
              `outbound message ${m.id} (${m.kind}) through channel ${channelId}: attempt ${m.attempts} ${outcome}`,
            );
        }
      }),
    );
    if (claimed.length < settings.batchSize) break;
  }
  return result;
}

async function sendOne(
  db: Db,
  m: repo.OutboundRow,
  channel: Awaited<ReturnType<typeof repo.channelsByIds>>[number] | undefined,
  settings: SenderSettings,
  now: () => Date,
): Promise<keyof PassResult> {
  if (!channel || !channel.enabled) {
    await repo.markFailed(db, m.id, 'the channel is disabled');
    return 'failed';
  }
  try {
    await sendThroughChannel(channel, outgoingOf(m, now()), settings);
    await repo.markSent(db, m.id, now());
    return 'sent';
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const delay = retryDelayMs(m.attempts, settings.retry);
    if (delay === null) {
      await repo.markFailed(db, m.id, error);
      return 'failed';
    }
    await repo.markRetry(db, m.id, new Date(now().getTime() + delay), error);
    return 'retried';
  }
}
