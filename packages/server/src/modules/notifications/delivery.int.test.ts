import crypto from 'node:crypto';
import { notificationText, type ChannelCreate } from '@tuijin/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { outboundMessages } from '../../db/schema.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import {
  decodeMail,
  ROBOT_OK,
  startHttpReceiver,
  startSmtpReceiver,
  type HttpReceiver,
  type SmtpReceiver,
} from '../../test/receivers.js';
import { notify } from './notifications.service.js';
import { senderSettings } from './notifications.tasks.js';
import { sendDueMessages, type SenderSettings } from './outbox.service.js';

// Every channel end to end: a message notified in a transaction is sent by the outbox sender to
// a receiver started here (an HTTP server standing in for a webhook and the robots, an SMTP
// server for the mailbox), then retried, failed, and shared between two senders.

let ctx: TestContext;
let w: World;
let office: Session;
let http: HttpReceiver;
let smtp: SmtpReceiver;
let settings: SenderSettings;
let n = 0;

const SMTP_USER = 'tuijin';
const SMTP_PASS = 'mail-pass-7Qx!';

beforeAll(async () => {
  http = await startHttpReceiver();
  smtp = await startSmtpReceiver(SMTP_USER, SMTP_PASS);
  ctx = await createTestApp({
    TUIJIN_SMTP_URL: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASS)}@127.0.0.1:${smtp.port}`,
    TUIJIN_MAIL_FROM: '推进平台 <tuijin@example.org>',
  });
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  settings = {
    ...senderSettings(ctx.config),
    timeoutMs: 2_000,
    retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 600_000 },
  };
});

afterAll(async () => {
  await http?.close();
  await smtp?.close();
});

beforeEach(async () => {
  http.requests.length = 0;
  http.setDefault(ROBOT_OK);
  smtp.mails.length = 0;
  // Each test starts with no channel, so only its own channel gets messages.
  await ctx.database.pool.query('DELETE FROM outbound_messages');
  await ctx.database.pool.query('DELETE FROM notification_channels');
});

async function channel(body: ChannelCreate): Promise<{ id: string }> {
  const res = await office.post('/api/v1/notification-channels', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Notifies the return of a report of a1 to its owner, as the reports module does. */
async function returned(reason = '完成投资与形象进度不符') {
  const payload = {
    projectId: w.projects.a1.id,
    projectName: w.projects.a1.name,
    period: '2026-10',
    reason,
    reviewerName: '甲区住建局',
  };
  await ctx.database.db.transaction((tx) =>
    notify(tx, {
      districtId: w.regions.a.id,
      userIds: [w.users.owner.id],
      kind: 'report_returned',
      payload,
      dedupeKey: `test:${++n}`,
    }),
  );
  return { payload, text: notificationText('report_returned', payload, 'zh-CN') };
}

async function outbox(channelId: string) {
  return ctx.database.db.select().from(outboundMessages).where(eq(outboundMessages.channelId, channelId));
}

const later = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);

describe('generic webhook', () => {
  it('posts the JSON message signed with an HMAC of the body', async () => {
    const secret = 'whsec-4f9a1c2e';
    const c = await channel({ kind: 'webhook', name: '数据中台', target: `${http.url}/hooks/tuijin`, secret });
    const { payload, text } = await returned();
    expect(await sendDueMessages(ctx.database.db, settings)).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(http.requests).toHaveLength(1);
    const req = http.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/hooks/tuijin');
    expect(req.headers['content-type']).toContain('application/json');
    const expected = crypto.createHmac('sha256', secret).update(req.body).digest('hex');
    expect(req.headers['x-tuijin-signature']).toBe(`sha256=${expected}`);
    const body = JSON.parse(req.body);
    expect(body).toEqual({
      kind: 'report_returned',
      title: text.title,
      text: text.body,
      payload,
      districtId: w.regions.a.id,
      sentAt: expect.any(String),
    });
    expect(text.body).toContain('原因：完成投资与形象进度不符');
    const [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
  });

  it('sends no signature without a secret', async () => {
    await channel({ kind: 'webhook', name: '无签名', target: `${http.url}/plain` });
    await returned();
    await sendDueMessages(ctx.database.db, settings);
    expect(http.requests).toHaveLength(1);
    expect(http.requests[0]!.headers['x-tuijin-signature']).toBeUndefined();
  });

  it('a 500 is tried again after the back-off, then sent', async () => {
    const c = await channel({ kind: 'webhook', name: '偶发故障', target: `${http.url}/flaky` });
    http.queue({ status: 500, body: 'upstream down' });
    await returned();
    expect(await sendDueMessages(ctx.database.db, settings)).toEqual({ sent: 0, retried: 1, failed: 0 });
    let [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500: upstream down' });
    // Not due before its back-off (one minute) is over.
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await sendDueMessages(ctx.database.db, settings)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await sendDueMessages(ctx.database.db, settings, undefined, later(2))).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(http.requests).toHaveLength(2);
  });

  it('fails for good after the last attempt, with the last error kept', async () => {
    const c = await channel({ kind: 'webhook', name: '一直故障', target: `${http.url}/down` });
    http.setDefault({ status: 503, body: '' });
    await returned();
    const passes = [];
    for (const minutes of [0, 2, 5, 60])
      passes.push(await sendDueMessages(ctx.database.db, settings, undefined, later(minutes)));
    expect(passes).toEqual([
      { sent: 0, retried: 1, failed: 0 },
      { sent: 0, retried: 1, failed: 0 },
      { sent: 0, retried: 0, failed: 1 },
      { sent: 0, retried: 0, failed: 0 },
    ]);
    expect(http.requests).toHaveLength(3);
    const [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'HTTP 503' });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const c = await channel({ kind: 'webhook', name: '超时', target: `${http.url}/slow` });
    http.queue({ ...ROBOT_OK, delayMs: 1_500 });
    await returned();
    await sendDueMessages(ctx.database.db, { ...settings, timeoutMs: 300 });
    const [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'no answer within 300 ms' });
  });

  it('sends nothing to a disabled channel or one that does not take the kind', async () => {
    await channel({ kind: 'webhook', name: '停用', target: `${http.url}/off`, enabled: false });
    await channel({ kind: 'webhook', name: '只收红灯', target: `${http.url}/red`, kinds: ['light_red'] });
    const all = await channel({ kind: 'webhook', name: '全部', target: `${http.url}/all`, kinds: [] });
    await returned();
    const rows = await ctx.database.db.select().from(outboundMessages);
    expect(rows.map((r) => r.channelId)).toEqual([all.id]);
  });
});

describe('DingTalk robot', () => {
  it('sends markdown and signs the URL with the timestamp and the secret', async () => {
    const secret = 'SECa1b2c3d4e5f6';
    await channel({
      kind: 'dingtalk',
      name: '区项目办钉钉群',
      target: `${http.url}/robot/send?access_token=dt-token-123`,
      secret,
    });
    const { text } = await returned();
    const before = Date.now();
    expect(await sendDueMessages(ctx.database.db, settings)).toMatchObject({ sent: 1 });
    const req = http.requests[0]!;
    const url = new URL(req.url, http.url);
    expect(url.pathname).toBe('/robot/send');
    expect(url.searchParams.get('access_token')).toBe('dt-token-123');
    const timestamp = Number(url.searchParams.get('timestamp'));
    expect(timestamp).toBeGreaterThanOrEqual(before - 1000);
    expect(timestamp).toBeLessThanOrEqual(Date.now());
    // DingTalk's rule: base64(HMAC-SHA256(key = secret, "timestamp\nsecret")), URL-encoded.
    const sign = crypto.createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(sign);
    expect(req.url).toContain(`sign=${encodeURIComponent(sign)}`);
    const body = JSON.parse(req.body);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toBe(text.title);
    expect(body.markdown.text).toContain(text.title);
    expect(body.markdown.text).toContain(text.body);
  });

  it('takes an errcode other than 0 as a failure, and never stores the access token', async () => {
    const c = await channel({
      kind: 'dingtalk',
      name: '关键词不符',
      target: `${http.url}/robot/send?access_token=secret-token-xyz`,
    });
    http.queue({ status: 200, body: '{"errcode":310000,"errmsg":"keywords not in content"}' });
    // A receiver echoing the URL must not put the token into the stored error.
    http.queue({ status: 400, body: 'bad request for /robot/send?access_token=secret-token-xyz' });
    await returned();
    await sendDueMessages(ctx.database.db, settings);
    let [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'pending', lastError: 'errcode 310000: keywords not in content' });
    await sendDueMessages(ctx.database.db, settings, undefined, later(2));
    [row] = await outbox(c.id);
    expect(row!.lastError).toBe('HTTP 400: bad request for /robot/send?access_token=***');
  });
});

describe('WeCom robot', () => {
  it('sends markdown content with the title and the text', async () => {
    await channel({
      kind: 'wecom',
      name: '企业微信群',
      target: `${http.url}/cgi-bin/webhook/send?key=wc-key-456`,
    });
    const { text } = await returned();
    expect(await sendDueMessages(ctx.database.db, settings)).toMatchObject({ sent: 1 });
    const req = http.requests[0]!;
    expect(req.url).toBe('/cgi-bin/webhook/send?key=wc-key-456');
    expect(JSON.parse(req.body)).toEqual({
      msgtype: 'markdown',
      markdown: { content: `### ${text.title}\n${text.body}\n> 推进 · 重点项目推进平台` },
    });
  });

  it('takes an errcode other than 0 as a failure', async () => {
    const c = await channel({ kind: 'wecom', name: '失效的机器人', target: `${http.url}/cgi-bin/webhook/send?key=k1` });
    http.queue({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
    await returned();
    await sendDueMessages(ctx.database.db, settings);
    const [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'pending', lastError: 'errcode 93000: invalid webhook url' });
  });
});

describe('email', () => {
  it('sends the mail through the configured SMTP server, signed in with its account', async () => {
    await channel({ kind: 'email', name: '项目办邮箱', target: 'office@example.org, leader@example.org' });
    const { text } = await returned();
    expect(await sendDueMessages(ctx.database.db, settings)).toMatchObject({ sent: 1 });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.user).toBe(SMTP_USER);
    expect(mail.from).toBe('tuijin@example.org');
    expect(mail.to).toEqual(['office@example.org', 'leader@example.org']);
    const decoded = decodeMail(mail.raw);
    expect(decoded.subject).toBe(text.title);
    expect(decoded.text).toBe(text.body);
  });

  it('without SMTP configured the message waits and says why', async () => {
    const c = await channel({ kind: 'email', name: '无SMTP', target: 'office@example.org' });
    await returned();
    await sendDueMessages(ctx.database.db, { ...settings, smtpUrl: undefined });
    const [row] = await outbox(c.id);
    expect(row).toMatchObject({ status: 'pending', lastError: expect.stringContaining('TUIJIN_SMTP_URL') });
  });

  it('a refused sign-in is an error that does not show the password', async () => {
    const c = await channel({ kind: 'email', name: '密码错误', target: 'office@example.org' });
    await returned();
    const wrong = `smtp://${SMTP_USER}:wrong-pass-123@127.0.0.1:${smtp.port}`;
    await sendDueMessages(ctx.database.db, { ...settings, smtpUrl: wrong });
    const [row] = await outbox(c.id);
    expect(row!.status).toBe('pending');
    expect(row!.lastError).toBeTruthy();
    expect(row!.lastError).not.toContain('wrong-pass-123');
    expect(smtp.mails).toHaveLength(0);
  });
});

describe('several nodes', () => {
  it('two senders on one database send each message exactly once', async () => {
    const c = await channel({ kind: 'webhook', name: '并发', target: `${http.url}/concurrent` });
    http.setDefault({ ...ROBOT_OK, delayMs: 5 });
    for (let i = 0; i < 40; i++) await returned(`原因${i}`);
    const other = openDatabase(ctx.url, 5);
    try {
      const small = { ...settings, batchSize: 3 };
      const [a, b] = await Promise.all([sendDueMessages(ctx.database.db, small), sendDueMessages(other.db, small)]);
      expect(a.sent + b.sent).toBe(40);
      // Both nodes took part.
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
    const reasons = http.requests.map((r) => JSON.parse(r.body).payload.reason as string);
    expect(reasons).toHaveLength(40);
    expect(new Set(reasons).size).toBe(40);
    const rows = await outbox(c.id);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});

describe('the test button and the secret', () => {
  it('sends a test message now and says how it went', async () => {
    const c = await channel({ kind: 'webhook', name: '测试渠道', target: `${http.url}/test` });
    const ok = await office.post(`/api/v1/notification-channels/${c.id}/test`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, error: null });
    expect(JSON.parse(http.requests[0]!.body)).toMatchObject({
      kind: 'test',
      title: '推进平台测试消息',
      text: expect.stringContaining('「测试渠道」'),
    });
    http.queue({ status: 404, body: 'no such hook' });
    const failed = await office.post(`/api/v1/notification-channels/${c.id}/test`);
    expect(failed.json()).toMatchObject({ ok: false, error: 'HTTP 404: no such hook' });
    // A test is not an outbound message.
    expect(await outbox(c.id)).toHaveLength(0);
  });

  it('never sends the secret back nor writes it to the journal', async () => {
    const secret = 'never-shown-9d8c7b';
    const c = await channel({
      kind: 'dingtalk',
      name: '签名',
      target: `${http.url}/robot/send?access_token=t`,
      secret,
    });
    const list = await office.get('/api/v1/notification-channels');
    expect(list.body).not.toContain(secret);
    const item = list.json().items.find((i: { id: string }) => i.id === c.id);
    expect(item).toMatchObject({ hasSecret: true, outbox: { pending: 0, sent: 0, failed: 0 } });
    expect(item).not.toHaveProperty('secret');
    const changed = await office.patch(`/api/v1/notification-channels/${c.id}`, {
      version: item.version,
      secret: 'another-secret-5e4f',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).not.toContain('another-secret-5e4f');
    const cleared = await office.patch(`/api/v1/notification-channels/${c.id}`, {
      version: changed.json().version,
      secret: null,
    });
    expect(cleared.json().hasSecret).toBe(false);
    const journal = await ctx.database.pool.query(
      `SELECT action, before::text, after::text FROM journal_entries WHERE entity = 'notification_channel' AND entity_id = $1 ORDER BY seq`,
      [c.id],
    );
    expect(journal.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'update', 'update']);
    const text = JSON.stringify(journal.rows);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('another-secret-5e4f');
  });

  it('checks targets by kind and deletes a channel with its outbox, journaled', async () => {
    const bad = await office.post('/api/v1/notification-channels', {
      kind: 'webhook',
      name: '坏地址',
      target: 'file:///etc/passwd',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      expect.objectContaining({ path: ['target'], message: 'channel_url_invalid' }),
    ]);
    const mails = await office.post('/api/v1/notification-channels', {
      kind: 'email',
      name: '坏邮箱',
      target: 'office@example.org, 不是邮箱',
    });
    expect(mails.json().error.details[0]).toMatchObject({ path: ['target'], message: 'channel_email_invalid' });
    const c = await channel({ kind: 'wecom', name: '待删除', target: `${http.url}/x?key=1` });
    const patch = await office.patch(`/api/v1/notification-channels/${c.id}`, { version: 1, target: 'mailto:x@y.z' });
    expect(patch.json().error.details[0]).toMatchObject({ path: ['target'], message: 'channel_url_invalid' });
    const secret = await office.patch(`/api/v1/notification-channels/${c.id}`, { version: 1, secret: 'abcd' });
    expect(secret.json().error.details[0]).toMatchObject({ path: ['secret'], message: 'secret_not_applicable' });
    await returned();
    expect(await outbox(c.id)).toHaveLength(1);
    expect((await office.delete(`/api/v1/notification-channels/${c.id}`)).statusCode).toBe(204);
    expect(await outbox(c.id)).toHaveLength(0);
    expect((await office.delete(`/api/v1/notification-channels/${c.id}`)).statusCode).toBe(404);
    const journal = await ctx.database.pool.query(
      `SELECT action, before FROM journal_entries WHERE entity = 'notification_channel' AND entity_id = $1 ORDER BY seq`,
      [c.id],
    );
    expect(journal.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'delete']);
    expect(journal.rows[1].before).toMatchObject({ name: '待删除', outboundMessages: 1 });
  });
});
