import { describe, expect, it } from 'vitest';
import { DIRECTIONS, FIELDS, INVESTOR_TYPES, ROLES, STAGES, TAG_CATEGORIES, UNIT_KINDS } from '@tuijin/shared';
import { buildDemoDistrict, DEMO_PASSWORD, type DemoProject } from './demo-data.js';

// The demo district is what people see first and what other tests seed from, so its promises
// (fixed accounts, coverage of every classification, references that resolve) are pinned here.

const demo = buildDemoDistrict();
const { regions, units, users, tags, projects } = demo;

const byKey = <T extends { key: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.key, r]));
const unitByKey = byKey(units);
const regionByKey = byKey(regions);
const tagByKey = byKey(tags);
const userByName = new Map(users.map((u) => [u.username, u]));
const leaders = users.filter((u) => u.roles.includes('leader'));
const countWhere = (f: (p: DemoProject) => boolean) => projects.filter(f).length;
const unitKeyByName = (name: string) => units.find((u) => u.name === name || u.shortName === name)?.key;

describe('buildDemoDistrict', () => {
  it('is deterministic', () => {
    expect(buildDemoDistrict()).toEqual(buildDemoDistrict());
    expect(DEMO_PASSWORD).toBe('demo2026');
  });

  it('has the promised sizes', () => {
    expect(projects).toHaveLength(150);
    expect(leaders.length).toBeGreaterThanOrEqual(12);
    expect(units.length).toBeGreaterThanOrEqual(25);
    expect(regions.filter((r) => r.level === 'street').length).toBeGreaterThanOrEqual(6);
    expect(users.filter((u) => u.roles.includes('unit')).length).toBeGreaterThanOrEqual(13);
    expect(users.filter((u) => u.roles.includes('owner')).length).toBeGreaterThanOrEqual(11);
  });

  it('builds the region tree 示范省 > 示范市 > 示范区 > streets', () => {
    expect(regions.slice(0, 3).map((r) => [r.level, r.code, r.name])).toEqual([
      ['province', '990000', '示范省'],
      ['city', '990100', '示范市'],
      ['district', '990102', '示范区'],
    ]);
    for (const r of regions) {
      if (r.level === 'province') expect(r.parentKey).toBeNull();
      else expect(regionByKey.has(r.parentKey ?? '')).toBe(true);
      if (r.level === 'street') expect(r.code).toMatch(/^990102\d{3}$/);
    }
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
    expect(new Set(regions.map((r) => r.key)).size).toBe(regions.length);
  });

  it('covers every classification', () => {
    const covered = <K extends keyof DemoProject>(k: K) => new Set(projects.map((p) => p[k]));
    expect(covered('direction')).toEqual(new Set(DIRECTIONS));
    expect(covered('investorType')).toEqual(new Set(INVESTOR_TYPES));
    expect(covered('field')).toEqual(new Set(FIELDS));
    expect(covered('stage')).toEqual(new Set(STAGES));
    expect(new Set(units.map((u) => u.kind))).toEqual(new Set(UNIT_KINDS));
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(new Set(ROLES));
    expect(new Set(tags.map((t) => t.category))).toEqual(new Set(TAG_CATEGORIES));
    expect(new Set(projects.flatMap((p) => p.tagKeys))).toEqual(new Set(tags.map((t) => t.key)));
    // Most key projects are about growth, as in real district lists.
    expect(countWhere((p) => p.direction === 'high_quality')).toBeGreaterThan(75);
  });

  it('keeps names, codes, keys and usernames unique', () => {
    expect(new Set(projects.map((p) => p.name)).size).toBe(projects.length);
    const codes = projects.flatMap((p) => (p.code === null ? [] : [p.code]));
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
    expect(new Set(users.map((u) => u.username)).size).toBe(users.length);
    expect(new Set(tags.map((t) => t.key)).size).toBe(tags.length);
  });

  it('gives a GB/T 40058 code to every project except those in reserve', () => {
    for (const p of projects) {
      if (p.stage === 'reserve') expect(p.code).toBeNull();
      else expect(p.code).toMatch(/^\d{4}-990102-\d{2}-0[123]-\d{6}$/);
    }
  });

  it('resolves every reference', () => {
    for (const p of projects) {
      expect(unitByKey.has(p.ownerUnitKey), p.name).toBe(true);
      const responsible = unitByKey.get(p.responsibleUnitKey);
      expect(['bureau', 'street'], p.name).toContain(responsible?.kind);
      if (p.streetKey !== null) expect(regionByKey.get(p.streetKey)?.level, p.name).toBe('street');
      expect(userByName.get(p.leadLeaderUsername)?.roles, p.name).toEqual(['leader']);
      expect(p.serviceTeamUsernames.length).toBeLessThanOrEqual(2);
      expect(new Set(p.serviceTeamUsernames).size).toBe(p.serviceTeamUsernames.length);
      for (const u of p.serviceTeamUsernames) expect(userByName.get(u)?.roles, p.name).toEqual(['unit']);
      for (const t of p.tagKeys) expect(tagByKey.has(t), p.name).toBe(true);
    }
    for (const u of users) if (u.unitKey !== null) expect(unitByKey.has(u.unitKey), u.username).toBe(true);
  });

  it('matches investor type to the owner', () => {
    for (const p of projects) {
      const owner = unitByKey.get(p.ownerUnitKey);
      if (owner?.kind === 'street' || owner?.kind === 'bureau' || owner?.kind === 'other') {
        expect(p.investorType, p.name).toBe('government');
      }
      if (p.investorType === 'social') expect(owner?.kind, p.name).toBe('enterprise');
    }
  });

  it('writes amounts as 元 with two decimals between 500万 and 80亿, mostly 1–10亿', () => {
    const yi = projects.map((p) => {
      expect(p.totalInvestmentYuan).toMatch(/^\d+\.\d{2}$/);
      return Number(p.totalInvestmentYuan) / 1e8;
    });
    expect(Math.min(...yi)).toBeGreaterThanOrEqual(0.05);
    expect(Math.max(...yi)).toBeLessThanOrEqual(80);
    expect(yi.filter((v) => v >= 1 && v <= 10).length).toBeGreaterThan(75);
  });

  it('keeps dates consistent with the stage as of 2026', () => {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    for (const p of projects) {
      if (p.stage !== 'reserve') {
        expect(p.plannedStart, p.name).toMatch(date);
        expect(p.plannedEnd, p.name).toMatch(date);
      }
      if (p.plannedStart !== null && p.plannedEnd !== null) {
        expect(p.plannedEnd >= p.plannedStart, p.name).toBe(true);
        expect(Number.isNaN(Date.parse(p.plannedEnd)), p.name).toBe(false);
      }
      const start = p.plannedStart ?? '';
      const end = p.plannedEnd ?? '';
      if (p.stage === 'new_start') expect(start.slice(0, 4), p.name).toBe('2026');
      if (p.stage === 'continuing') {
        expect(start >= '2023-01-01' && start < '2026-01-01', p.name).toBe(true);
        expect(end >= '2026-01-01' && end < '2029-01-01', p.name).toBe(true);
      }
      if (p.stage === 'completed' || p.stage === 'operating') expect(end < '2026-11-01', p.name).toBe(true);
      if (p.stage === 'preparation') expect(start >= '2026-01-01', p.name).toBe(true);
    }
  });

  it('places pins inside the district box and flags statistics sensibly', () => {
    for (const p of projects) {
      expect(p.lng === null).toBe(p.lat === null);
      if (p.lng !== null && p.lat !== null) {
        expect(p.lng).toBeGreaterThan(118.7);
        expect(p.lng).toBeLessThan(118.9);
        expect(p.lat).toBeGreaterThan(32.0);
        expect(p.lat).toBeLessThan(32.12);
      }
      if (p.stage === 'reserve' || p.stage === 'preparation') expect(p.inStatistics).toBe(false);
    }
    const building = projects.filter((p) => p.stage === 'new_start' || p.stage === 'continuing');
    expect(building.filter((p) => p.inStatistics).length / building.length).toBeGreaterThan(0.75);
    const publishable = countWhere((p) => p.publishable);
    expect(publishable).toBeGreaterThan(50);
    expect(publishable).toBeLessThan(100);
  });

  it('has the six fixed accounts with their roles and units', () => {
    const expected = {
      admin: unitKeyByName('区发展和改革委员会（区重点项目办）'),
      office: unitKeyByName('区发展和改革委员会（区重点项目办）'),
      leader: null,
      unit: unitKeyByName('区住房和城乡建设局'),
      owner: unitKeyByName('区城投集团'),
      supervisor: unitKeyByName('区委督查室'),
    } as const;
    for (const [username, unitKey] of Object.entries(expected)) {
      const user = userByName.get(username);
      expect(user?.roles, username).toEqual([username]);
      expect(unitKey, username).not.toBeUndefined();
      expect(user?.unitKey, username).toBe(unitKey);
    }
    expect(userByName.get('leader')?.displayName).toContain('常务副区长');
  });

  it('gives the demo accounts a well-filled share of the projects', () => {
    expect(countWhere((p) => p.leadLeaderUsername === 'leader')).toBe(15);
    for (const l of leaders)
      expect(
        countWhere((p) => p.leadLeaderUsername === l.username),
        l.username,
      ).toBeGreaterThan(5);
    const unitKey = userByName.get('unit')?.unitKey;
    const responsible = countWhere((p) => p.responsibleUnitKey === unitKey);
    expect(responsible).toBeGreaterThanOrEqual(10);
    expect(responsible).toBeLessThanOrEqual(20);
    const ownerKey = userByName.get('owner')?.unitKey;
    const owned = countWhere((p) => p.ownerUnitKey === ownerKey);
    expect(owned).toBeGreaterThanOrEqual(8);
    expect(owned).toBeLessThanOrEqual(16);
  });

  it('keeps names realistic: no markup, some full-width punctuation', () => {
    for (const p of projects) expect(p.name).not.toMatch(/[<>&]/);
    expect(projects.some((p) => /[“”]/.test(p.name))).toBe(true);
    expect(projects.every((p) => p.content.length > 20)).toBe(true);
  });
});
