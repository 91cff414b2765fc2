import { describe, expect, it } from 'vitest';
import {
  dingtalkRequest,
  dingtalkSign,
  redact,
  robotReplyError,
  truncateBytes,
  urlSecrets,
  webhookRequest,
  webhookSignature,
  wecomRequest,
  type OutgoingMessage,
} from './channel-formats.js';

const message: OutgoingMessage = {
  kind: 'light_red',
  title: '「文旅综合体」亮红灯',
  text: '「文旅综合体」2026年9月亮红灯。',
  payload: { projectId: 'p' },
  districtId: 'd',
  sentAt: '2026-10-01T00:00:00.000Z',
};

describe('channel formats', () => {
  // Expected values worked out with another HMAC implementation (Python's hmac module).
  it('signs a DingTalk URL as DingTalk does', () => {
    expect(dingtalkSign('SEC0123456789abcdef', 1_700_000_000_000)).toBe('TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk=');
    const req = dingtalkRequest(
      'https://oapi.dingtalk.com/robot/send?access_token=abc',
      'SEC0123456789abcdef',
      message,
      1_700_000_000_000,
    );
    expect(req.url).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D',
    );
    expect(JSON.parse(req.body)).toEqual({
      msgtype: 'markdown',
      markdown: { title: message.title, text: `#### ${message.title}\n\n${message.text}\n\n> 推进 · 重点项目推进平台` },
    });
    expect(dingtalkRequest('https://x.test/robot', null, message, 1).url).toBe('https://x.test/robot');
  });

  it('signs a webhook body with an HMAC in hex', () => {
    expect(webhookSignature('whsec', '{"a":"推进"}')).toBe(
      'sha256=d0d0f58a47c75a539a539b6ad75544666e5726d93a3885b5cedde9ce308aa8a8',
    );
    const req = webhookRequest('https://hooks.test/t', 'whsec', message);
    expect(req.headers['x-tuijin-signature']).toBe(webhookSignature('whsec', req.body));
    expect(Object.keys(JSON.parse(req.body))).toEqual(['kind', 'title', 'text', 'payload', 'districtId', 'sentAt']);
    expect(webhookRequest('https://hooks.test/t', null, message).headers).not.toHaveProperty('x-tuijin-signature');
  });

  it('keeps WeCom markdown within 4096 bytes without breaking a character', () => {
    const long = { ...message, text: '推'.repeat(3000) };
    const content = JSON.parse(wecomRequest('https://qyapi.test/send?key=k', long).body).markdown.content as string;
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
    expect(content.endsWith('…\n> 推进 · 重点项目推进平台')).toBe(true);
    expect(truncateBytes('推进', 6)).toBe('推进');
    expect(truncateBytes('推进平台', 8)).toBe('推…');
  });

  it('reads the robots’ replies', () => {
    expect(robotReplyError('{"errcode":0,"errmsg":"ok"}')).toBeNull();
    expect(robotReplyError('{"errcode":310000,"errmsg":"sign not match"}')).toBe('errcode 310000: sign not match');
    expect(robotReplyError('<html>')).toBe('the robot did not answer with JSON');
    expect(robotReplyError('{"ok":true}')).toBe('the robot answer has no errcode');
  });

  it('takes secrets out of error texts', () => {
    const secrets = urlSecrets('https://qyapi.test/send?key=693a91f6-7xxx');
    expect(secrets).toEqual(['693a91f6-7xxx']);
    expect(redact('bad url https://qyapi.test/send?key=693a91f6-7xxx', secrets)).toBe(
      'bad url https://qyapi.test/send?key=***',
    );
    expect(urlSecrets('smtp://u:p%40ss@host')).toEqual(['p%40ss', 'p@ss']);
    expect(redact('abc', ['', null, 'ab'])).toBe('abc');
  });
});
