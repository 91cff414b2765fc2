import { emailTargets, type ChannelKind } from '@tuijin/shared';
import nodemailer from 'nodemailer';
import {
  dingtalkRequest,
  redact,
  robotReplyError,
  urlSecrets,
  webhookRequest,
  wecomRequest,
  type HttpRequest,
  type OutgoingMessage,
} from './channel-formats.js';

// Sends one message through one channel, within a time limit. A failure is thrown as a
// SendError whose message is safe to store and show: secrets, robot keys and SMTP passwords are
// taken out of it.

export type SendSettings = {
  /** Longest wait for one send (connect, request, reply). */
  timeoutMs: number;
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
};

export type ChannelToSend = { kind: ChannelKind; target: string; secret: string | null };

export class SendError extends Error {
  override name = 'SendError';
}

const MAX_ERROR_LENGTH = 500;

function describe(err: unknown, timeoutMs: number): string {
  if (err instanceof SendError) return err.message;
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${err.message} (${cause.code})`;
    if (cause?.message) return `${err.message} (${cause.message})`;
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}

async function post(req: HttpRequest, timeoutMs: number): Promise<string> {
  const res = await fetch(req.url, {
    method: 'POST',
    headers: req.headers,
    body: req.body,
    // A redirect could carry the message (and a signed URL) elsewhere: not followed.
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (res.status < 200 || res.status > 299) throw new SendError(`HTTP ${res.status}${text ? `: ${text}` : ''}`);
  return text;
}

async function sendMail(target: string, m: OutgoingMessage, s: SendSettings): Promise<void> {
  if (!s.smtpUrl || !s.mailFrom) throw new SendError('email is not configured on the server (TUIJIN_SMTP_URL)');
  const transport = nodemailer.createTransport({
    url: s.smtpUrl,
    connectionTimeout: s.timeoutMs,
    greetingTimeout: s.timeoutMs,
    socketTimeout: s.timeoutMs,
  });
  try {
    await transport.sendMail({ from: s.mailFrom, to: emailTargets(target), subject: m.title, text: m.text });
  } finally {
    transport.close();
  }
}

export async function sendThroughChannel(
  channel: ChannelToSend,
  m: OutgoingMessage,
  s: SendSettings,
  now: () => number = Date.now,
): Promise<void> {
  try {
    switch (channel.kind) {
      case 'webhook':
        await post(webhookRequest(channel.target, channel.secret, m), s.timeoutMs);
        return;
      case 'dingtalk': {
        const error = robotReplyError(
          await post(dingtalkRequest(channel.target, channel.secret, m, now()), s.timeoutMs),
        );
        if (error) throw new SendError(error);
        return;
      }
      case 'wecom': {
        const error = robotReplyError(await post(wecomRequest(channel.target, m), s.timeoutMs));
        if (error) throw new SendError(error);
        return;
      }
      case 'email':
        await sendMail(channel.target, m, s);
        return;
    }
  } catch (err) {
    const secrets = [channel.secret, ...urlSecrets(channel.target), ...(s.smtpUrl ? urlSecrets(s.smtpUrl) : [])];
    throw new SendError(redact(describe(err, s.timeoutMs), secrets).slice(0, MAX_ERROR_LENGTH));
  }
}
