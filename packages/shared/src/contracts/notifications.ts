import { z } from 'zod';
import { dateSchema, idSchema, paginationQuery, text } from './common.js';
import { periodKeySchema } from './reports.js';

// Notifications: in-app messages to one person, and the district's outbound channels (group
// robots, a webhook, mailboxes) that receive the same messages.

/**
 * What a notification is about. Later modules add theirs (problem_assigned, problem_overdue…):
 * a new kind needs its payload below and its sentences in domain/notification-text.ts.
 */
export const NOTIFICATION_KINDS = ['report_due', 'report_returned', 'light_red', 'problem', 'supervision'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const CHANNEL_KINDS = ['webhook', 'dingtalk', 'wecom', 'email'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Channels whose messages are signed with a secret; the others carry their key in the target. */
export const SIGNED_CHANNEL_KINDS: readonly ChannelKind[] = ['webhook', 'dingtalk'];

/** At most this many addresses on one email channel. */
export const MAX_EMAIL_RECIPIENTS = 20;

const localizedText = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** A monthly report not yet submitted, due soon or overdue. daysLeft < 0 when overdue. */
export const reportDuePayload = z.object({
  projectId: idSchema,
  projectName: z.string(),
  period: periodKeySchema,
  /** The due day, in the district's time zone. */
  dueDate: dateSchema,
  daysLeft: z.number().int(),
});
export type ReportDuePayload = z.infer<typeof reportDuePayload>;

export const reportReturnedPayload = z.object({
  projectId: idSchema,
  projectName: z.string(),
  period: periodKeySchema,
  reason: z.string().nullable(),
  reviewerName: z.string().nullable(),
});
export type ReportReturnedPayload = z.infer<typeof reportReturnedPayload>;

export const lightRedPayload = z.object({
  projectId: idSchema,
  projectName: z.string(),
  period: periodKeySchema,
  /** The sentences of the light's reasons, as the warning board shows them. */
  reasons: z.array(localizedText),
});
export type LightRedPayload = z.infer<typeof lightRedPayload>;

/** A step on a problem that concerns the person: raised, assigned, solved, overdue and escalated… */
export const PROBLEM_NOTICE_EVENTS = [
  'raise',
  'assign',
  'progress',
  'solve',
  'close',
  'reopen',
  'escalate_leader',
  'escalate_list',
] as const;
export type ProblemNoticeEvent = (typeof PROBLEM_NOTICE_EVENTS)[number];

export const problemPayload = z.object({
  event: z.enum(PROBLEM_NOTICE_EVENTS),
  problemId: idSchema,
  projectId: idSchema,
  projectName: z.string(),
  title: z.string(),
  leadUnitName: z.string().nullable(),
  dueDate: dateSchema.nullable(),
  daysOverdue: z.number().int().min(0),
  note: z.string().nullable(),
});
export type ProblemPayload = z.infer<typeof problemPayload>;

/**
 * A step on a supervision item (督查督办): given to the unit, its due date moved, a round reported
 * (to the supervision office), accepted, returned, reopened; a notice by due date turned blue,
 * yellow or red (to the unit, once per level and due date).
 */
export const SUPERVISION_NOTICE_EVENTS = [
  'assign',
  'due_changed',
  'report',
  'accept',
  'return',
  'reopen',
  'blue',
  'yellow',
  'red',
] as const;
export type SupervisionNoticeEvent = (typeof SUPERVISION_NOTICE_EVENTS)[number];

export const supervisionPayload = z.object({
  event: z.enum(SUPERVISION_NOTICE_EVENTS),
  itemId: idSchema,
  title: z.string(),
  assigneeUnitName: z.string(),
  dueDate: dateSchema,
  /** dueDate − the district's today when told; negative when overdue. */
  daysLeft: z.number().int(),
  /** The feedback round concerned (report, accept, return). */
  round: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type SupervisionPayload = z.infer<typeof supervisionPayload>;

export type NotificationPayloads = {
  report_due: ReportDuePayload;
  report_returned: ReportReturnedPayload;
  light_red: LightRedPayload;
  problem: ProblemPayload;
  supervision: SupervisionPayload;
};

export const NOTIFICATION_PAYLOADS = {
  report_due: reportDuePayload,
  report_returned: reportReturnedPayload,
  light_red: lightRedPayload,
  problem: problemPayload,
  supervision: supervisionPayload,
} as const satisfies { [K in NotificationKind]: z.ZodType<NotificationPayloads[K]> };

const notificationBase = z.object({
  id: idSchema,
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** One notification of the signed-in user; the web writes its sentences with notificationText. */
export const notificationSchema = z.discriminatedUnion('kind', [
  notificationBase.extend({ kind: z.literal('report_due'), payload: reportDuePayload }),
  notificationBase.extend({ kind: z.literal('report_returned'), payload: reportReturnedPayload }),
  notificationBase.extend({ kind: z.literal('light_red'), payload: lightRedPayload }),
  notificationBase.extend({ kind: z.literal('problem'), payload: problemPayload }),
  notificationBase.extend({ kind: z.literal('supervision'), payload: supervisionPayload }),
]);
export type Notification = z.infer<typeof notificationSchema>;

export const notificationQuery = paginationQuery.extend({
  unreadOnly: z.enum(['true', 'false']).default('false'),
});
export type NotificationQuery = z.input<typeof notificationQuery>;

export const notificationList = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Unread notifications of the user, whatever the filter. */
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationList>;

export const readAllResult = z.object({ updated: z.number().int(), unread: z.number().int() });
export type ReadAllResult = z.infer<typeof readAllResult>;

// ---- Channels --------------------------------------------------------------------------------

/** The addresses of an email channel's target: separated by commas, semicolons or spaces. */
export function emailTargets(target: string): string[] {
  return target
    .split(/[\s,;，；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const email = z.email();

/** What is wrong with a channel's target, as a message code; null when it is fine. */
export function channelTargetIssue(kind: ChannelKind, target: string): string | null {
  if (kind === 'email') {
    const list = emailTargets(target);
    if (list.length === 0 || list.length > MAX_EMAIL_RECIPIENTS) return 'channel_emails_count';
    return list.every((a) => email.safeParse(a).success) ? null : 'channel_email_invalid';
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return 'channel_url_invalid';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'channel_url_invalid';
  if (!url.hostname) return 'channel_url_invalid';
  return null;
}

const secretSchema = z.string().min(1).max(200);

export const channelSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  kind: z.enum(CHANNEL_KINDS),
  name: z.string(),
  /** URL of the webhook or robot, or the addresses of an email channel. */
  target: z.string(),
  /** Whether a signing secret is stored; the secret itself is never sent back. */
  hasSecret: z.boolean(),
  /** Kinds sent through the channel; empty = all. */
  kinds: z.array(z.enum(NOTIFICATION_KINDS)),
  enabled: z.boolean(),
  /** The channel's outbox: messages waiting (or being tried again), sent, failed for good. */
  outbox: z.object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Channel = z.infer<typeof channelSchema>;

const channelFields = {
  name: text(100).min(1),
  target: z.string().trim().min(1).max(2000),
  kinds: z
    .array(z.enum(NOTIFICATION_KINDS))
    .max(NOTIFICATION_KINDS.length)
    .refine((k) => new Set(k).size === k.length, 'kinds_duplicate'),
  enabled: z.boolean(),
};

export const channelCreate = z
  .object({
    districtId: idSchema.optional(),
    kind: z.enum(CHANNEL_KINDS),
    name: channelFields.name,
    target: channelFields.target,
    secret: secretSchema.optional(),
    kinds: channelFields.kinds.default([]),
    enabled: channelFields.enabled.default(true),
  })
  .superRefine((v, ctx) => {
    const issue = channelTargetIssue(v.kind, v.target);
    if (issue) ctx.addIssue({ code: 'custom', path: ['target'], message: issue });
    if (v.secret !== undefined && !SIGNED_CHANNEL_KINDS.includes(v.kind))
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'secret_not_applicable' });
  });
export type ChannelCreate = z.input<typeof channelCreate>;

/** The kind of a channel never changes; the target is checked against it by the server. */
export const channelUpdate = z.object({
  version: z.number().int().min(1),
  name: channelFields.name.optional(),
  target: channelFields.target.optional(),
  /** A new secret; null removes it; absent keeps it. */
  secret: secretSchema.nullable().optional(),
  kinds: channelFields.kinds.optional(),
  enabled: channelFields.enabled.optional(),
});
export type ChannelUpdate = z.input<typeof channelUpdate>;

export const channelQuery = z.object({ districtId: idSchema.optional() });

export const channelList = z.object({ items: z.array(channelSchema) });
export type ChannelList = z.infer<typeof channelList>;

/** What happened when a test message was sent through a channel. */
export const channelTestResult = z.object({
  ok: z.boolean(),
  /** Why it failed, in the words of the receiver or the network (never a secret). */
  error: z.string().nullable(),
  ms: z.number().int(),
});
export type ChannelTestResult = z.infer<typeof channelTestResult>;
