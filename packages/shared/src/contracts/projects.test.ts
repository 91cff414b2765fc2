import { describe, expect, it } from 'vitest';
import { isProjectCode } from '../project-code.js';
import { projectCreate, projectQuery, projectUpdate } from './projects.js';

const base = {
  name: '示范区智慧停车场项目',
  code: '2509-320193-89-01-544060',
  ownerUnitId: '0b6c7c1e-8f7a-4a3e-9d1f-2b3c4d5e6f70',
  investorType: 'social',
  field: 'urban',
  direction: 'governance',
  stage: 'new_start',
  totalInvestment: '1000000.00',
};

describe('project code (GB/T 40058 form)', () => {
  it('checks the form only', () => {
    expect(isProjectCode('2509-320193-89-01-544060')).toBe(true);
    expect(isProjectCode('2019-320100-47-01-123456')).toBe(true);
    for (const bad of [
      '2509-32019-89-01-544060',
      '2509-320193-89-01-54406',
      '2509 320193 89 01 544060',
      '２５０９-320193-89-01-544060',
      '',
    ]) {
      expect(isProjectCode(bad), bad).toBe(false);
    }
  });
});

describe('project schemas', () => {
  it('fills defaults on create and requires a code beyond the reserve stage', () => {
    const ok = projectCreate.parse(base);
    expect(ok).toMatchObject({ publishable: false, inStatistics: false, tagIds: [], code: base.code });
    const reserve = projectCreate.safeParse({ ...base, stage: 'reserve', code: null });
    expect(reserve.success).toBe(true);
    const missing = projectCreate.safeParse({ ...base, code: null });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]).toMatchObject({ path: ['code'], message: 'project_code_required' });
  });

  it('rejects an end before the start, half coordinates, control characters', () => {
    const r = projectCreate.safeParse({
      ...base,
      plannedStart: '2026-05-01',
      plannedEnd: '2026-04-30',
      lng: 118.8,
      name: 'a\u0000b',
    });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'plannedEnd:planned_end_before_start',
        'lat:coordinates_incomplete',
        'name:control_characters',
      ]),
    );
  });

  it('requires the version read on update', () => {
    expect(projectUpdate.safeParse({ name: '新名称' }).success).toBe(false);
    expect(projectUpdate.safeParse({ version: 3, name: '新名称' }).success).toBe(true);
  });

  it('parses list queries from the URL, with comma-separated multi-values', () => {
    const q = projectQuery.parse({ stage: 'new_start,continuing', page: '2', pageSize: '50' });
    expect(q).toMatchObject({
      stage: ['new_start', 'continuing'],
      page: 2,
      pageSize: 50,
      archived: 'false',
      sort: '-totalInvestment',
    });
    expect(projectQuery.safeParse({ stage: 'nope' }).success).toBe(false);
    expect(projectQuery.safeParse({ sort: 'password' }).success).toBe(false);
  });
});
