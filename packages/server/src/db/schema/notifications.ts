import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, stamps } from './columns.js';
import { regions, users } from './org.js';

// ---- Notifications: in-app and outbound -----------------------------------------------------

/** An in-app notification to one user. dedupe_key keeps a reminder from being sent twice. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_user_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);

/** Where a district's notifications go outside the system: a robot, a webhook, a mailbox. */
export const notificationChannels = pgTable('notification_channels', {
  id: id(),
  districtId: uuid('district_id')
    .notNull()
    .references(() => regions.id),
  kind: text('kind', { enum: ['webhook', 'dingtalk', 'wecom', 'email'] }).notNull(),
  name: text('name').notNull(),
  /** URL for webhook and robots, comma-separated addresses for email. */
  target: text('target').notNull(),
  /** DingTalk signing secret, or a webhook's HMAC secret; never sent back by the API. */
  secret: text('secret'),
  /** Notification kinds this channel receives; empty = all. */
  kinds: text('kinds').array().notNull().default([]),
  enabled: boolean('enabled').notNull().default(true),
  ...stamps,
});

/** The outbox: a message to send through one channel, sent by the job with retries. */
export const outboundMessages = pgTable(
  'outbound_messages',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => notificationChannels.id),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    dedupeKey: text('dedupe_key'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbound_pending_idx').on(t.status, t.nextAttemptAt),
    uniqueIndex('outbound_channel_dedupe_uq').on(t.channelId, t.dedupeKey),
  ],
);
