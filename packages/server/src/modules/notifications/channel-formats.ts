import crypto from 'node:crypto';

// Pure: the HTTP request each kind of channel expects for one message. The robots' formats are
// those of DingTalk's custom robot (markdown, optional signing of the URL) and WeCom's group
// robot (markdown; its key is part of the URL); the generic webhook gets plain JSON, signed with
// an HMAC of the body when a secret is set.

export type OutgoingMessage = {
  /** A notification kind, or 'test'. */
  kind: string;
  title: string;
  text: string;
  payload: unknown;
  districtId: string;
  sentAt: string;
};

export type HttpRequest = { url: string; headers: Record<string, string>; body: string };

export const SIGNATURE_HEADER = 'x-tuijin-signature';
const JSON_TYPE = 'application/json; charset=utf-8';
/** WeCom refuses markdown content above 4096 bytes; DingTalk's limit is higher. */
export const WECOM_MAX_BYTES = 4096;
export const DINGTALK_MAX_BYTES = 16_000;
/** Signs every robot message, and gives a group a keyword ("推进") for a robot's keyword check. */
export const ROBOT_FOOTER = '推进 · 重点项目推进平台';

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the channel's secret. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export function webhookRequest(target: string, secret: string | null, m: OutgoingMessage): HttpRequest {
  const body = JSON.stringify({
    kind: m.kind,
    title: m.title,
    text: m.text,
    payload: m.payload,
    districtId: m.districtId,
    sentAt: m.sentAt,
  });
  const headers: Record<string, string> = { 'content-type': JSON_TYPE };
  if (secret) headers[SIGNATURE_HEADER] = webhookSignature(secret, body);
  return { url: target, headers, body };
}

/** DingTalk's signature: base64 of HMAC-SHA256, keyed by the secret, of "timestamp\nsecret". */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return crypto.createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** Cuts text to at most maxBytes of UTF-8 without splitting a character. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > maxBytes - 3) break;
    out += ch;
    bytes += n;
  }
  return `${out}…`;
}

export function dingtalkRequest(
  target: string,
  secret: string | null,
  m: OutgoingMessage,
  timestampMs: number,
): HttpRequest {
  const url = secret
    ? `${target}${target.includes('?') ? '&' : '?'}timestamp=${timestampMs}&sign=${encodeURIComponent(dingtalkSign(secret, timestampMs))}`
    : target;
  const body = JSON.stringify({
    msgtype: 'markdown',
    markdown: {
      title: m.title,
      text: `${truncateBytes(`#### ${m.title}\n\n${m.text}`, DINGTALK_MAX_BYTES)}\n\n> ${ROBOT_FOOTER}`,
    },
  });
  return { url, headers: { 'content-type': JSON_TYPE }, body };
}

export function wecomRequest(target: string, m: OutgoingMessage): HttpRequest {
  const body = JSON.stringify({
    msgtype: 'markdown',
    markdown: { content: `${truncateBytes(`### ${m.title}\n${m.text}`, WECOM_MAX_BYTES - 64)}\n> ${ROBOT_FOOTER}` },
  });
  return { url: target, headers: { 'content-type': JSON_TYPE }, body };
}

/**
 * The robots answer HTTP 200 with {errcode, errmsg}; errcode 0 is success. Returns the failure
 * as text, or null when the reply says success.
 */
export function robotReplyError(replyText: string): string | null {
  let reply: unknown;
  try {
    reply = JSON.parse(replyText);
  } catch {
    return 'the robot did not answer with JSON';
  }
  if (typeof reply !== 'object' || reply === null || !('errcode' in reply)) return 'the robot answer has no errcode';
  const { errcode, errmsg } = reply as { errcode: unknown; errmsg?: unknown };
  if (errcode === 0 || errcode === '0') return null;
  return `errcode ${String(errcode)}: ${typeof errmsg === 'string' ? errmsg : ''}`.trim();
}

/** Replaces every occurrence of a secret (and of a URL's query values) in a text by ***. */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}

/** The query values (a robot's access token or key) and the password of a URL: secrets too. */
export function urlSecrets(target: string): string[] {
  try {
    const url = new URL(target);
    return [...new Set([...url.searchParams.values(), url.password, decodeURIComponent(url.password)])].filter(Boolean);
  } catch {
    return [];
  }
}
