import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { pngImage } from '../../test/images.js';

// Documents of problems, formality steps and supervision feedback rounds: typed by their bytes,
// seen by whoever sees the record, added and deleted by those its own rules let act on it.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};
const api = '/api/v1';

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  Buffer.alloc(400, 0x20),
]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(600, 0)]);

/** The first local header of a zip whose first entry is `entry` (enough for a check by first bytes). */
function zipWith(entry: string): Buffer {
  const header = Buffer.alloc(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  header.writeUInt16LE(Buffer.byteLength(entry), 26);
  return Buffer.concat([header, Buffer.from(entry), Buffer.alloc(300, 0x41)]);
}

const journal = async (id: string) =>
  (
    await ctx.database.db.execute<{ action: string }>(
      sql`SELECT action FROM journal_entries WHERE entity = 'attachment' AND entity_id = ${id} ORDER BY seq`,
    )
  ).rows.map((r) => r.action);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  for (const name of ['office', 'owner', 'unit', 'unit2', 'leader', 'supervisor', 'officeB'])
    s[name] = await signIn(ctx.app, name, PASSWORD);
});

describe('problem attachments', () => {
  let problem: { id: string; version: number };
  const files = () => `${api}/problems/${problem.id}/attachments`;

  beforeAll(async () => {
    const res = await s.owner!.post(`${api}/problems`, {
      projectId: w.projects.a1.id,
      category: 'land',
      title: '用地指标未下达',
      description: '需区自然资源局协调',
    });
    expect(res.statusCode, res.body).toBe(201);
    problem = res.json();
  });

  it('takes a PDF and a PNG from the raiser, typed by their bytes, and counts them on the problem', async () => {
    const png = pngImage(6, 4);
    const up = await s.owner!.upload(files(), [
      { filename: '用地红线图.pdf', content: PDF, contentType: 'image/png' },
      { filename: '现场 照片.png', content: png, contentType: 'application/pdf' },
    ]);
    expect(up.statusCode, up.body).toBe(201);
    const body = up.json();
    expect(body).toMatchObject({ limit: 20, mayUpload: true });
    expect(body.items).toMatchObject([
      { filename: '用地红线图.pdf', mime: 'application/pdf', bytes: PDF.length, sha256: sha(PDF), mayDelete: true },
      { filename: '现场 照片.png', mime: 'image/png', bytes: png.length, uploadedBy: { name: 'owner' } },
    ]);
    const file = await s.unit!.get(body.items[0].url);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('用地红线图.pdf')}`,
    );
    expect((await s.leader!.get(body.items[1].url)).rawPayload.equals(png)).toBe(true);
    expect((await s.office!.get(`${api}/problems/${problem.id}`)).json().attachmentCount).toBe(2);
    expect(await journal(body.items[0].id)).toEqual(['create']);
    // Seen, not acted on: the list says so.
    const seen = (await s.leader!.get(files())).json();
    expect(seen.mayUpload).toBe(false);
    expect(seen.items.map((i: { mayDelete: boolean }) => i.mayDelete)).toEqual([false, false]);
  });

  it.each([
    ['an .exe renamed .pdf', '合同.pdf', EXE],
    ['a zip of a program named .docx', 'report.docx', zipWith('setup.exe')],
    ['an Office package under another name', 'sheet.zip', zipWith('[Content_Types].xml')],
    ['an HTML page', 'page.pdf', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
  ])('refuses %s with 415 and keeps nothing', async (_, filename, content) => {
    const before = (await s.owner!.get(files())).json().items.length;
    const res = await s.owner!.upload(files(), [{ filename, content, contentType: 'application/pdf' }]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({
      code: 'unsupported_media_type',
      details: { reason: 'file_type', filename },
    });
    expect((await s.owner!.get(files())).json().items).toHaveLength(before);
  });

  it('takes an Office package named for its kind; hostile names stay harmless text', async () => {
    const res = await s.owner!.upload(files(), [
      { filename: '..\\..\\汇报材料.docx', content: zipWith('[Content_Types].xml') },
      { filename: '../../etc/passwd', content: PDF },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json().items.slice(-2);
    expect(items.map((i: { filename: string; mime: string }) => [i.filename, i.mime])).toEqual([
      ['汇报材料.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['passwd.pdf', 'application/pdf'],
    ]);
  });

  it('answers 404 to another district and 403 to those who see the problem but do not work on it', async () => {
    const first = (await s.owner!.get(files())).json().items[0];
    expect((await s.officeB!.get(files())).statusCode).toBe(404);
    expect((await s.officeB!.get(first.url)).statusCode).toBe(404);
    expect((await s.officeB!.delete(first.url)).statusCode).toBe(404);
    expect((await s.officeB!.upload(files(), [{ filename: 'a.pdf', content: PDF }])).statusCode).toBe(404);
    // The unit in charge of the project and the lead leader see it; neither is on the problem yet.
    for (const who of ['unit', 'leader', 'supervisor']) {
      expect((await s[who]!.get(files())).statusCode).toBe(200);
      expect((await s[who]!.upload(files(), [{ filename: 'a.pdf', content: PDF }])).statusCode).toBe(403);
    }
    // unit2's bureau is nothing to a1.
    expect((await s.unit2!.get(files())).statusCode).toBe(404);
  });

  it('a helping unit adds and deletes its own files, not the raiser’s; the office deletes any; closed is closed', async () => {
    const assigned = await s.office!.post(`${api}/problems/${problem.id}/assign`, {
      version: problem.version,
      leadUnitId: w.units.bureau1.id,
      helperUnitIds: [w.units.bureau2.id],
      dueDate: '2099-01-01',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const mine = await s.unit2!.upload(files(), [{ filename: '协调函.pdf', content: PDF }]);
    expect(mine.statusCode, mine.body).toBe(201);
    const list = mine.json().items as { id: string; url: string; mayDelete: boolean; uploadedBy: { name: string } }[];
    const ownFile = list.find((i) => i.uploadedBy.name === 'unit2')!;
    const raisers = list.filter((i) => i.uploadedBy.name === 'owner');
    expect(ownFile.mayDelete).toBe(true);
    expect(raisers.every((i) => !i.mayDelete)).toBe(true);
    expect((await s.unit2!.delete(raisers[0]!.url)).statusCode).toBe(403);
    expect((await s.unit2!.delete(ownFile.url)).statusCode).toBe(204);
    expect((await s.unit2!.get(ownFile.url)).statusCode).toBe(404);
    expect(await journal(ownFile.id)).toEqual(['create', 'delete']);
    expect((await s.office!.delete(raisers[0]!.url)).statusCode).toBe(204);
    const left = (await s.office!.get(`${api}/problems/${problem.id}`)).json();
    expect(left.attachmentCount).toBe(raisers.length - 1);

    const solved = await s.unit!.post(`${api}/problems/${problem.id}/solve`, { version: left.version, note: '已解决' });
    expect(solved.statusCode, solved.body).toBe(200);
    const closed = await s.owner!.post(`${api}/problems/${problem.id}/close`, { version: solved.json().version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await s.owner!.upload(files(), [{ filename: 'late.pdf', content: PDF }])).statusCode).toBe(409);
    expect((await s.owner!.delete(raisers[1]!.url)).statusCode).toBe(409);
    expect((await s.unit!.get(raisers[1]!.url)).statusCode).toBe(200);
  });
});

describe('formality step attachments', () => {
  it('the owner and the approving unit attach; others who see the project may only read', async () => {
    const r = await ctx.database.db.execute<{ id: string }>(sql`
      INSERT INTO formality_steps (district_id, project_id, position, code, name, approver_unit_id, limit_working_days)
      VALUES (${w.regions.a.id}, ${w.projects.a1.id}, 1, 'land_use', '用地预审', ${w.units.bureau2.id}, 20) RETURNING id`);
    const url = `${api}/formality-steps/${r.rows[0]!.id}/attachments`;
    const up = await s.owner!.upload(url, [{ filename: '申请表.pdf', content: PDF }]);
    expect(up.statusCode, up.body).toBe(201);
    const approver = await s.unit2!.upload(url, [{ filename: '批复.png', content: pngImage() }]);
    expect(approver.statusCode, approver.body).toBe(201);
    expect((await s.unit!.upload(url, [{ filename: 'x.pdf', content: PDF }])).statusCode).toBe(403);
    expect((await s.officeB!.get(url)).statusCode).toBe(404);
    const seen = await s.leader!.get(url);
    expect(seen.json()).toMatchObject({
      mayUpload: false,
      items: [{ filename: '申请表.pdf' }, { filename: '批复.png' }],
    });
    const file = await s.leader!.get(seen.json().items[0].url);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const steps = (await s.office!.get(`${api}/projects/${w.projects.a1.id}/formalities`)).json().steps;
    expect(steps.find((x: { code: string }) => x.code === 'land_use').attachmentCount).toBe(2);
    expect((await s.owner!.delete(seen.json().items[1].url)).statusCode).toBe(403);
    expect((await s.office!.delete(seen.json().items[1].url)).statusCode).toBe(204);
  });
});

describe('supervision feedback attachments', () => {
  it('the assignee unit attaches evidence while the round waits; the office always; the verdict locks the unit out', async () => {
    const created = await s.supervisor!.post(`${api}/supervision-items`, {
      title: '督办：用地手续',
      assigneeUnitId: w.units.bureau1.id,
      dueDate: '2099-01-01',
      source: 'office',
      projectId: w.projects.a1.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json();
    const reported = await s.unit!.post(`${api}/supervision-items/${item.id}/report`, {
      version: item.version,
      text: '已办理，见附件',
    });
    expect(reported.statusCode, reported.body).toBe(200);
    const round = reported.json().feedback[0];
    const url = `${api}/supervision-feedback/${round.id}/attachments`;
    const up = await s.unit!.upload(url, [{ filename: '办理情况.pdf', content: PDF }]);
    expect(up.statusCode, up.body).toBe(201);
    expect((await s.owner!.get(url)).statusCode).toBe(200);
    expect((await s.owner!.upload(url, [{ filename: 'x.pdf', content: PDF }])).statusCode).toBe(403);
    expect((await s.unit2!.get(url)).statusCode).toBe(404);
    expect((await s.officeB!.upload(url, [{ filename: 'x.pdf', content: PDF }])).statusCode).toBe(404);
    expect((await s.unit!.upload(url, [{ filename: 'x.exe.pdf', content: EXE }])).statusCode).toBe(415);
    const detail = (await s.supervisor!.get(`${api}/supervision-items/${item.id}`)).json();
    expect(detail.feedback[0].attachmentCount).toBe(1);
    const accepted = await s.supervisor!.post(`${api}/supervision-items/${item.id}/accept`, {
      version: detail.version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await s.unit!.upload(url, [{ filename: 'late.pdf', content: PDF }])).statusCode).toBe(409);
    expect((await s.unit!.delete(up.json().items[0].url)).statusCode).toBe(409);
    expect((await s.supervisor!.upload(url, [{ filename: '验收意见.pdf', content: PDF }])).statusCode).toBe(201);
    const file = await s.unit!.get(up.json().items[0].url);
    expect(file.rawPayload.equals(PDF)).toBe(true);
  });
});
