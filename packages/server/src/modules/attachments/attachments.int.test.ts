import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { jpegLike, pngImage } from '../../test/images.js';
import { multipartBody } from '../../test/multipart.js';

let ctx: TestContext;
let w: World;
let office: Session;
let owner: Session;
let unit: Session;
let officeB: Session;
let n = 0;

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"></svg>');
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');

/** Every file under the files folder, as paths relative to it. */
function storedFiles(): string[] {
  const root = ctx.config.filesDir;
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .sort();
}

/** A fresh draft report of a1 (a month of its own per call), filed by the owner. */
async function draft(project = w.projects.a1.id, as = owner): Promise<ReportAt & { id: string; version: number }> {
  n++;
  const period = `2025-${String(n).padStart(2, '0')}`;
  const res = await as.put(`/api/v1/projects/${project}/reports/${period}`, { completedThisMonth: '1000.00' });
  expect(res.statusCode).toBe(200);
  return { id: res.json().id, project, period, version: res.json().version };
}

type ReportAt = { project: string; period: string };
const photos = (r: ReportAt) => `/api/v1/projects/${r.project}/reports/${r.period}/photos`;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  owner = await signIn(ctx.app, 'owner', PASSWORD);
  unit = await signIn(ctx.app, 'unit', PASSWORD);
  officeB = await signIn(ctx.app, 'officeB', PASSWORD);
});

describe('report photos', () => {
  it('uploads, lists and downloads byte for byte, with the SHA-256 stored and the type read from the bytes', async () => {
    const r = await draft();
    const png = pngImage(16, 9);
    const jpeg = jpegLike(50_000);
    const up = await owner.upload(photos(r), [
      { filename: '现场照片 1.png', content: png },
      { filename: 'IMG_0002.JPG', content: jpeg, contentType: 'image/png' },
    ]);
    expect(up.statusCode).toBe(201);
    const body = up.json();
    expect(body).toMatchObject({ limit: 20, maxBytes: 10 * 1024 * 1024 });
    expect(body.items).toMatchObject([
      {
        filename: '现场照片 1.png',
        mime: 'image/png',
        bytes: png.length,
        sha256: sha(png),
        uploadedBy: { name: 'owner' },
      },
      { filename: 'IMG_0002.JPG', mime: 'image/jpeg', bytes: jpeg.length, sha256: sha(jpeg) },
    ]);
    const list = await unit.get(photos(r));
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual(body.items);

    const first = body.items[0];
    expect(first.url).toBe(`/api/v1/attachments/${first.id}`);
    const file = await unit.get(first.url);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-length']).toBe(String(png.length));
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toMatch(/^private/);
    expect(file.headers['content-disposition']).toBe(
      `inline; filename="____ 1.png"; filename*=UTF-8''${encodeURIComponent('现场照片 1.png')}`,
    );
    const again = await ctx.app.inject({
      method: 'GET',
      url: first.url,
      headers: { cookie: unit.cookie, 'if-none-match': file.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect((await owner.get(body.items[1].url)).rawPayload.equals(jpeg)).toBe(true);

    // The row keeps the hash and the server's own key; the bytes on disk are the same.
    const rows = await ctx.database.pool.query(
      `SELECT storage_key, sha256, bytes, owner_kind, district_id FROM attachments WHERE id = $1`,
      [first.id],
    );
    expect(rows.rows[0]).toMatchObject({ sha256: sha(png), owner_kind: 'monthly_report', district_id: w.regions.a.id });
    expect(rows.rows[0].storage_key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(fs.readFileSync(path.join(ctx.config.filesDir, rows.rows[0].storage_key)).equals(png)).toBe(true);

    const report = await owner.get(`/api/v1/projects/${w.projects.a1.id}/reports/${r.period}`);
    expect(report.json().photoCount).toBe(2);
    const journal = await ctx.database.pool.query(
      `SELECT action, after->>'sha256' AS sha, after->>'filename' AS filename FROM journal_entries WHERE entity = 'attachment' AND entity_id = $1`,
      [first.id],
    );
    expect(journal.rows).toEqual([{ action: 'create', sha: sha(png), filename: '现场照片 1.png' }]);
  });

  it.each([
    ['an SVG named .jpg', 'scan.jpg', SVG],
    ['an HTML page named .jpg', 'photo.jpg', HTML],
    ['an empty file', 'empty.png', Buffer.alloc(0)],
  ])('refuses %s with 415 and keeps nothing', async (_, filename, content) => {
    const r = await draft();
    const before = storedFiles();
    const res = await owner.upload(photos(r), [{ filename, content, contentType: 'image/jpeg' }]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({ code: 'unsupported_media_type', details: { filename } });
    expect(storedFiles()).toEqual(before);
    expect((await owner.get(photos(r))).json().items).toEqual([]);
  });

  it('keeps none of an upload when one of its files is refused', async () => {
    const r = await draft();
    const before = storedFiles();
    const res = await owner.upload(photos(r), [
      { filename: 'good.png', content: pngImage() },
      { filename: 'bad.jpg', content: SVG },
      { filename: 'late.png', content: pngImage() },
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.details.filename).toBe('bad.jpg');
    expect(storedFiles()).toEqual(before);
    expect((await owner.get(photos(r))).json().items).toEqual([]);
  });

  it('refuses a file above the size limit with 413 in the error envelope, and accepts one at the limit', async () => {
    const r = await draft();
    const max = ctx.config.maxUploadBytes;
    const before = storedFiles();
    const big = await owner.upload(photos(r), [{ filename: 'big.jpg', content: jpegLike(max + 1) }]);
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual({
      error: {
        code: 'payload_too_large',
        message: expect.any(String),
        details: { maxBytes: max, filename: 'big.jpg' },
      },
    });
    expect(storedFiles()).toEqual(before);
    const exact = await owner.upload(photos(r), [{ filename: 'exact.jpg', content: jpegLike(max) }]);
    expect(exact.statusCode).toBe(201);
    expect(exact.json().items[0].bytes).toBe(max);
  });

  it('holds at most 20 photos per report', async () => {
    const r = await draft();
    const many = Array.from({ length: 21 }, (_, i) => ({ filename: `p${i}.png`, content: pngImage(2, 2, [i, i, i]) }));
    const tooMany = await owner.upload(photos(r), many);
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().error.details).toEqual({ reason: 'photo_limit', limit: 20 });
    expect((await owner.get(photos(r))).json().items).toHaveLength(0);
    expect((await owner.upload(photos(r), many.slice(0, 19))).statusCode).toBe(201);
    expect((await owner.upload(photos(r), many.slice(19, 21))).statusCode).toBe(409);
    const last = await owner.upload(photos(r), many.slice(19, 20));
    expect(last.statusCode).toBe(201);
    expect(last.json().items.map((p: { filename: string }) => p.filename)).toEqual(
      many.slice(0, 20).map((p) => p.filename),
    );
    expect((await owner.upload(photos(r), many.slice(20))).statusCode).toBe(409);
  });

  it('stores a hostile file name as harmless text and never as a path', async () => {
    const r = await draft();
    const before = storedFiles();
    const res = await owner.upload(photos(r), [
      { filename: '../../../../etc/passwd', content: pngImage() },
      { filename: '..\\..\\windows\\win.ini', content: pngImage() },
      { filename: 'a"; filename=evil.html\r\nX-Injected: 1.png', content: pngImage() },
      { filename: '<img src=x onerror=alert(1)>\u202egpj.png', content: pngImage() },
    ]);
    expect(res.statusCode).toBe(201);
    const names = res.json().items.map((p: { filename: string }) => p.filename);
    expect(names).toEqual([
      'passwd.png',
      'win.ini.png',
      'a%22; filename=evil.html%0D%0AX-Injected: 1.png',
      '<img src=x onerror=alert(1)>gpj.png',
    ]);
    const added = storedFiles().filter((f) => !before.includes(f));
    expect(added).toHaveLength(4);
    for (const f of added) expect(f).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(fs.existsSync(path.join(ctx.config.filesDir, '..', 'etc'))).toBe(false);
    const file = await owner.get(res.json().items[2].url);
    expect(file.headers['content-disposition']).toBe(
      `inline; filename="a_22_ filename=evil.html_0D_0AX-Injected: 1.png"; filename*=UTF-8''a%2522%3B%20filename%3Devil.html%250D%250AX-Injected%3A%201.png`,
    );
  });

  it('deletes while the report is editable; not once submitted or accepted; again once reopened', async () => {
    const r = await draft();
    const up = (
      await owner.upload(photos(r), [
        { filename: 'a.png', content: pngImage(3, 3) },
        { filename: 'b.png', content: pngImage(4, 4) },
        { filename: 'c.png', content: pngImage(5, 5) },
      ])
    ).json().items as { id: string; url: string; sha256: string }[];
    const keyOf = async (id: string) =>
      (await ctx.database.pool.query(`SELECT storage_key FROM attachments WHERE id = $1`, [id])).rows[0]
        .storage_key as string;
    const key = await keyOf(up[0]!.id);
    expect((await unit.delete(up[0]!.url)).statusCode).toBe(403);
    const del = await owner.delete(up[0]!.url);
    expect(del.statusCode).toBe(204);
    expect((await owner.get(up[0]!.url)).statusCode).toBe(404);
    expect((await owner.delete(up[0]!.url)).statusCode).toBe(404);
    expect(fs.existsSync(path.join(ctx.config.filesDir, key))).toBe(false);
    expect((await owner.get(photos(r))).json().items).toHaveLength(2);
    const journal = await ctx.database.pool.query(
      `SELECT action, before->>'sha256' AS sha FROM journal_entries WHERE entity = 'attachment' AND entity_id = $1 ORDER BY seq`,
      [up[0]!.id],
    );
    expect(journal.rows).toEqual([
      { action: 'create', sha: null },
      { action: 'delete', sha: up[0]!.sha256 },
    ]);

    const base = `/api/v1/projects/${w.projects.a1.id}/reports/${r.period}`;
    const submitted = await owner.post(`${base}/submit`, { version: r.version });
    expect(submitted.statusCode).toBe(200);
    for (const s of [owner, office]) expect((await s.delete(up[1]!.url)).statusCode).toBe(409);
    expect((await owner.upload(photos(r), [{ filename: 'x.png', content: pngImage() }])).statusCode).toBe(409);
    const accepted = await unit.post(`${base}/accept`, { version: submitted.json().version });
    expect(accepted.statusCode).toBe(200);
    expect((await owner.delete(up[1]!.url)).statusCode).toBe(409);
    expect((await unit.delete(up[1]!.url)).statusCode).toBe(403);
    expect((await owner.upload(photos(r), [{ filename: 'x.png', content: pngImage() }])).statusCode).toBe(409);
    // Still readable by everyone who sees the project.
    expect((await unit.get(up[1]!.url)).statusCode).toBe(200);
    const reopened = await office.post(`${base}/reopen`, { version: accepted.json().version, reason: '补充照片' });
    expect(reopened.statusCode).toBe(200);
    expect((await owner.delete(up[1]!.url)).statusCode).toBe(204);
    expect((await owner.upload(photos(r), [{ filename: 'x.png', content: pngImage() }])).statusCode).toBe(201);
  });

  it('answers 404 to another district, to the unknown, and to a month without a saved report', async () => {
    const r = await draft();
    const up = (await owner.upload(photos(r), [{ filename: 'a.png', content: pngImage() }])).json().items[0];
    expect((await officeB.get(photos(r))).statusCode).toBe(404);
    expect((await officeB.get(up.url)).statusCode).toBe(404);
    expect((await officeB.delete(up.url)).statusCode).toBe(404);
    expect((await officeB.upload(photos(r), [{ filename: 'a.png', content: pngImage() }])).statusCode).toBe(404);
    const unknown = crypto.randomUUID();
    const nowhere = { project: unknown, period: r.period };
    // A month of a1 nobody has saved yet: photos come after the draft.
    const unsaved = { project: r.project, period: '2024-06' };
    for (const at of [nowhere, unsaved]) {
      const list = await owner.get(photos(at));
      expect(list.statusCode).toBe(404);
      expect(list.json().error.code).toBe('not_found');
      expect((await owner.upload(photos(at), [{ filename: 'a.png', content: pngImage() }])).statusCode).toBe(404);
    }
    expect((await owner.get(`/api/v1/attachments/${unknown}`)).statusCode).toBe(404);
    expect((await owner.delete(`/api/v1/attachments/${unknown}`)).statusCode).toBe(404);
    expect((await owner.get(photos(r))).json().items).toHaveLength(1);
  });

  it('answers a refused upload over a real connection, however much is still on its way', async () => {
    const r = await draft();
    const address = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    const send = async (files: [string, Buffer][]) => {
      const form = new FormData();
      for (const [name, bytes] of files) form.append('files', new Blob([bytes]), name);
      const res = await fetch(`${address}${photos(r)}`, {
        method: 'POST',
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf },
        body: form,
      });
      return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
    };
    const max = ctx.config.maxUploadBytes;
    expect(
      await send([
        ['bad.jpg', HTML],
        ['big.jpg', jpegLike(max - 10)],
      ]),
    ).toMatchObject({
      status: 415,
      body: { error: { code: 'unsupported_media_type' } },
    });
    expect(await send([['big.jpg', jpegLike(max + 1024 * 1024)]])).toMatchObject({
      status: 413,
      body: { error: { code: 'payload_too_large' } },
    });
    const ok = await send([['ok.png', pngImage()]]);
    expect(ok.status).toBe(201);
  });

  it('wants multipart with at least one file', async () => {
    const r = await draft();
    const json = await owner.post(photos(r), { files: [] });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('unsupported_media_type');
    const empty = await owner.upload(photos(r), []);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: ['files'] }] });
    // Multipart is read on the upload route only.
    const body = multipartBody([{ filename: 'a.png', content: pngImage() }]);
    const elsewhere = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/projects/${w.projects.a1.id}/reports/2025-12`,
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, ...body.headers },
      payload: body.payload,
    });
    expect(elsewhere.statusCode).toBe(415);
  });
});
