import type { Direction, Field, InvestorType, Role, Stage, UnitKind } from '@tuijin/shared';
import { createRng, type Rng } from './demo-random.js';
import {
  DISTRICT_CODE,
  LEADER_USERNAMES,
  STREETS,
  TAG_SEEDS,
  UNIT_SEEDS,
  USER_SEEDS,
  type DemoStreet,
} from './demo-names.js';
import { TEMPLATES, type NameSeed, type ProjectTemplate, type WanRange } from './demo-templates.js';

// The demo district as plain data: a fictional 示范区 with its streets, units, accounts, tags
// and 150 key projects. Pure and deterministic (fixed seed, no I/O, no clock), so the seeding
// command, tests and the demo guide all see exactly the same projects.

export type DemoRegion = {
  key: string;
  parentKey: string | null;
  level: 'province' | 'city' | 'district' | 'street';
  code: string;
  name: string;
};
export type DemoUnit = { key: string; kind: UnitKind; name: string; shortName: string | null };
export type DemoUser = {
  username: string;
  displayName: string;
  unitKey: string | null;
  roles: Role[];
  phone: string | null;
};
export type DemoTag = { key: string; category: 'transformation' | 'strategy' | 'livelihood'; name: string };
export type DemoProject = {
  name: string;
  code: string | null;
  ownerUnitKey: string;
  investorType: InvestorType;
  field: Field;
  direction: Direction;
  industry: string | null;
  stage: Stage;
  inStatistics: boolean;
  streetKey: string | null;
  address: string | null;
  lng: number | null;
  lat: number | null;
  content: string;
  /** Decimal string of 元 with two decimals; amounts are whole 万元 as in real project lists. */
  totalInvestmentYuan: string;
  /** YYYY-MM-DD. */
  plannedStart: string | null;
  plannedEnd: string | null;
  publishable: boolean;
  tagKeys: string[];
  leadLeaderUsername: string;
  responsibleUnitKey: string;
  serviceTeamUsernames: string[];
  promotionPlan: string | null;
};
export type DemoDistrict = {
  regions: DemoRegion[];
  units: DemoUnit[];
  users: DemoUser[];
  tags: DemoTag[];
  projects: DemoProject[];
};

export const DEMO_PASSWORD = 'demo2026';

const SEED = 20260315;
const PROJECT_COUNT = 150;

// Mix of a typical district list: most key projects drive growth, and the stage mix is that of
// a list in mid-2026 (continuing and new-start projects dominate).
const DIRECTION_COUNTS: Readonly<Record<Direction, number>> = {
  high_quality: 82,
  ecology: 24,
  livelihood: 29,
  governance: 15,
};
const STAGE_COUNTS: Readonly<Record<Stage, number>> = {
  reserve: 10,
  preparation: 25,
  new_start: 40,
  continuing: 50,
  completed: 15,
  operating: 10,
};
/** The `leader` demo account leads this many projects so its dashboard is well filled. */
const MAIN_LEADER_PROJECTS = 15;

// The district's map box; pins are kept inside it.
const BOX = { lngMin: 118.7, lngMax: 118.9, latMin: 32.0, latMax: 32.12 } as const;

export function buildDemoDistrict(): DemoDistrict {
  const rng = createRng(SEED);
  return {
    regions: buildRegions(),
    units: UNIT_SEEDS.map(({ key, kind, name, shortName }) => ({ key, kind, name, shortName })),
    users: USER_SEEDS.map((u, i) => ({
      ...u,
      roles: [...u.roles],
      // Leaders' and the administrator's numbers are not listed, as on real contact sheets.
      phone: u.unitKey === null || u.username === 'admin' ? null : `1380000${String(1000 + i)}`,
    })),
    tags: TAG_SEEDS.map((t) => ({ ...t })),
    projects: buildProjects(rng),
  };
}

function buildRegions(): DemoRegion[] {
  return [
    { key: 'province', parentKey: null, level: 'province', code: '990000', name: '示范省' },
    { key: 'city', parentKey: 'province', level: 'city', code: '990100', name: '示范市' },
    { key: 'district', parentKey: 'city', level: 'district', code: DISTRICT_CODE, name: '示范区' },
    ...STREETS.map((s): DemoRegion => ({ key: s.key, parentKey: 'district', level: 'street', code: s.code, name: s.name })),
  ];
}

/** Expands {a: 2, b: 1} into ['a', 'a', 'b'] so a shuffle hits the counts exactly. */
function expand<K extends string>(counts: Readonly<Record<K, number>>): K[] {
  return (Object.entries(counts) as [K, number][]).flatMap(([k, n]) => Array.from({ length: n }, () => k));
}

/** Picks the candidate used least so far (ties broken at random), spreading work evenly. */
function balancedPick(rng: Rng, candidates: readonly string[], used: Map<string, number>): string {
  const scored = rng.shuffle(candidates).map((c) => ({ c, n: used.get(c) ?? 0 }));
  const best = scored.reduce((a, b) => (b.n < a.n ? b : a));
  used.set(best.c, best.n + 1);
  return best.c;
}

function streetsFor(where: ProjectTemplate['where']): readonly DemoStreet[] {
  if (where === 'district') return [];
  if (where === 'any') return STREETS;
  if (where === 'urban') return STREETS.filter((s) => !s.rural);
  if (where === 'rural') return STREETS.filter((s) => s.rural);
  return STREETS.filter((s) => where.includes(s.key));
}

function streetByKey(key: string): DemoStreet {
  const street = STREETS.find((s) => s.key === key);
  if (!street) throw new Error(`demo data: unknown street ${key}`);
  return street;
}

type NameChoice = {
  name: string;
  street: DemoStreet | null;
  road: string | null;
  owner: string | undefined;
  wan: WanRange;
};

function drawName(rng: Rng, t: ProjectTemplate): NameChoice {
  const entry = rng.pick(t.names);
  const seed: NameSeed = typeof entry === 'string' ? { n: entry } : entry;
  const streets = streetsFor(t.where);
  const street = seed.s !== undefined ? streetByKey(seed.s) : streets.length > 0 ? rng.pick(streets) : null;
  const road = street ? rng.pick(street.roads) : null;
  const name = seed.n.replace('{S}', street?.name ?? '').replace('{R}', road ?? '');
  return { name, street, road, owner: seed.o, wan: seed.w ?? t.wan };
}

const PHASES = ['二期', '三期', '四期', '五期'];

/** Draws until the name is new; a repeat becomes a later phase, as real lists do. */
function uniqueName(rng: Rng, t: ProjectTemplate, taken: Set<string>): NameChoice {
  let choice = drawName(rng, t);
  for (let i = 0; i < 40 && taken.has(choice.name); i++) choice = drawName(rng, t);
  const base = choice.name.replace(/（[一二三四五]期）$/, '');
  for (const phase of PHASES) {
    if (!taken.has(choice.name)) break;
    choice = { ...choice, name: `${base}（${phase}）` };
  }
  if (taken.has(choice.name)) throw new Error(`demo data: cannot make ${choice.name} unique`);
  taken.add(choice.name);
  return choice;
}

function pickTemplate(rng: Rng, direction: Direction, usage: Map<ProjectTemplate, number>): ProjectTemplate {
  // Least-used relative to weight, with jitter: every kind appears, none dominates.
  const candidates = TEMPLATES.filter((t) => t.direction === direction);
  const scored = candidates.map((t) => ({ t, score: ((usage.get(t) ?? 0) + rng.next()) / t.weight }));
  const best = scored.reduce((a, b) => (b.score < a.score ? b : a));
  usage.set(best.t, (usage.get(best.t) ?? 0) + 1);
  return best.t;
}

/** Log-uniform draw, rounded the way amounts appear in project lists. */
function drawWan(rng: Rng, [lo, hi]: WanRange): number {
  const raw = Math.exp(rng.real(Math.log(lo), Math.log(hi)));
  const step = raw >= 10000 ? 100 : raw >= 1000 ? 10 : 1;
  return Math.round(raw / step) * step;
}

// ---- dates: months are counted as year * 12 + (month - 1) ----

const month = (y: number, m: number): number => y * 12 + (m - 1);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const firstDay = (idx: number): string => `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}-01`;
const lastDay = (idx: number): string => {
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  // Day 0 of the next month is the last day of this one; UTC keeps it time-zone free.
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};

type Schedule = { start: number | null; end: number | null };

function drawSchedule(rng: Rng, stage: Stage): Schedule {
  switch (stage) {
    case 'reserve': {
      // Ideas still being planned often have no dates at all.
      if (rng.chance(0.5)) return { start: null, end: null };
      const start = rng.int(month(2027, 1), month(2027, 9));
      return { start, end: start + rng.int(24, 36) };
    }
    case 'preparation': {
      const start = rng.int(month(2026, 7), month(2027, 6));
      return { start, end: start + rng.int(18, 36) };
    }
    case 'new_start':
      return { start: rng.int(month(2026, 1), month(2026, 10)), end: rng.int(month(2027, 6), month(2028, 12)) };
    case 'continuing':
      return { start: rng.int(month(2023, 1), month(2025, 12)), end: rng.int(month(2026, 6), month(2028, 12)) };
    case 'completed': {
      const start = rng.int(month(2022, 1), month(2024, 12));
      return { start, end: rng.int(Math.max(month(2025, 1), start + 10), month(2026, 10)) };
    }
    case 'operating': {
      const start = rng.int(month(2021, 1), month(2023, 6));
      return { start, end: rng.int(Math.max(month(2023, 1), start + 12), month(2025, 12)) };
    }
  }
}

// Two digits that vary with the kind of project, as the department segment does in real codes.
const CODE_DEPARTMENTS: Readonly<Record<Field, readonly string[]>> = {
  industrial: ['26', '35', '36', '39'],
  urban: ['48', '54', '78'],
  social: ['83', '84', '88'],
  livelihood: ['47', '70', '85'],
};
// 审批 / 核准 / 备案: government money is approved, PPP ratified, private projects filed.
const CODE_TYPES: Readonly<Record<InvestorType, string>> = { government: '01', joint: '02', social: '03' };

function drawCode(rng: Rng, p: { field: Field; investorType: InvestorType }, start: number | null, taken: Set<string>): string {
  // Codes are issued months before construction; both YYYY and YYMM forms occur in practice.
  // Never later than mid-2026, the "now" of the demo, even for projects starting in 2027.
  const issued = Math.min(month(2026, 6), (start ?? month(2026, 3)) - rng.int(2, 10));
  const y = Math.floor(issued / 12);
  const time = rng.chance(0.5) ? String(y) : `${pad(y % 100)}${pad((issued % 12) + 1)}`;
  for (;;) {
    const code = `${time}-${DISTRICT_CODE}-${rng.pick(CODE_DEPARTMENTS[p.field])}-${CODE_TYPES[p.investorType]}-${rng.int(100000, 999999)}`;
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

function investorTypeOf(rng: Rng, ownerKey: string): InvestorType {
  const owner = UNIT_SEEDS.find((u) => u.key === ownerKey);
  if (!owner) throw new Error(`demo data: unknown owner ${ownerKey}`);
  if (owner.funding === 'private') return 'social';
  if (owner.funding === 'public') return 'government';
  // State platforms run some projects as PPP with social capital.
  return rng.chance(0.3) ? 'joint' : 'government';
}

function resolveUnit(key: string, street: DemoStreet | null): string {
  if (key !== '@street') return key;
  if (!street) throw new Error('demo data: a street-owned template without a street');
  return street.unitKey;
}

const DIRECTIONS_TEXT = ['东北', '东南', '西北', '西南'];

function drawPlace(rng: Rng, stage: Stage, choice: NameChoice): Pick<DemoProject, 'streetKey' | 'address' | 'lng' | 'lat'> {
  const { street, road } = choice;
  if (!street || !road) return { streetKey: null, address: '示范区全域', lng: null, lat: null };
  // Half of the ideas in reserve have no site chosen yet.
  if (stage === 'reserve' && rng.chance(0.5)) return { streetKey: street.key, address: null, lng: null, lat: null };
  const other = rng.pick(street.roads.filter((r) => r !== road));
  const address = rng.pick([
    `${street.name}${road}${rng.int(1, 399)}号`,
    `${street.name}${road}与${other}交叉口${rng.pick(DIRECTIONS_TEXT)}侧`,
    `${street.name}${road}以${rng.pick(['东', '南', '西', '北'])}、${other}以${rng.pick(['东', '南', '西', '北'])}地块`,
  ]);
  const clamp = (v: number, lo: number, hi: number): number => Math.min(hi - 0.001, Math.max(lo + 0.001, v));
  const lng = clamp(street.lng + rng.real(-0.012, 0.012), BOX.lngMin, BOX.lngMax);
  const lat = clamp(street.lat + rng.real(-0.009, 0.009), BOX.latMin, BOX.latMax);
  return { streetKey: street.key, address, lng: Number(lng.toFixed(6)), lat: Number(lat.toFixed(6)) };
}

function drawPlan(rng: Rng, stage: Stage, wan: number): string | null {
  if (rng.chance(0.2)) return null;
  const m = rng.int(4, 9);
  const yearWan = wan * rng.real(0.25, 0.45);
  const yearText = yearWan >= 10000 ? `${(yearWan / 10000).toFixed(1)}亿元` : `${Math.round(yearWan)}万元`;
  switch (stage) {
    case 'reserve':
      return '2026年底前完成项目建议书编制及选址论证，争取纳入2027年省重点项目储备库';
    case 'preparation':
      return `2026年${m}月底前完成可研批复和用地预审，${m + 2}月底前取得施工许可证并开工建设`;
    case 'new_start':
      return `2026年${m - 2}月底前完成桩基施工，${m + 2}月底前主体结构出正负零，年内完成投资${yearText}`;
    case 'continuing':
      return rng.chance(0.5)
        ? `2026年${m - 2}月底前完成主体结构封顶，${m + 3}月底前竣工验收`
        : `2026年计划完成投资${yearText}，${m}月底前完成设备安装调试`;
    case 'completed':
      return `2026年${m}月底前完成竣工决算审计并移交使用`;
    case 'operating':
      return `2026年实现满负荷运营，${m}月底前完成项目后评价`;
  }
}

function buildProjects(rng: Rng): DemoProject[] {
  const directions = rng.shuffle(expand(DIRECTION_COUNTS));
  const stages = rng.shuffle(expand(STAGE_COUNTS));
  const others = LEADER_USERNAMES.filter((u) => u !== 'leader');
  // The main `leader` account takes a fixed share; the rest goes round the other leaders.
  const leaders = rng.shuffle([
    ...Array.from({ length: MAIN_LEADER_PROJECTS }, () => 'leader'),
    ...Array.from({ length: PROJECT_COUNT - MAIN_LEADER_PROJECTS }, (_, i) => others[i % others.length] ?? 'leader'),
  ]);
  const unitUserOf = new Map<string, string>();
  for (const u of USER_SEEDS) {
    if (u.roles.includes('unit') && u.unitKey && !unitUserOf.has(u.unitKey)) unitUserOf.set(u.unitKey, u.username);
  }

  const templateUsage = new Map<ProjectTemplate, number>();
  const ownerUsage = new Map<string, number>();
  const responsibleUsage = new Map<string, number>();
  const names = new Set<string>();
  const codes = new Set<string>();
  const projects: DemoProject[] = [];

  for (let i = 0; i < PROJECT_COUNT; i++) {
    const direction = directions[i];
    const stage = stages[i];
    const leadLeaderUsername = leaders[i];
    if (!direction || !stage || !leadLeaderUsername) throw new Error('demo data: count tables disagree');
    const t = pickTemplate(rng, direction, templateUsage);
    const choice = uniqueName(rng, t, names);
    const ownerUnitKey = choice.owner ?? balancedPick(rng, t.owners.map((k) => resolveUnit(k, choice.street)), ownerUsage);
    const responsibleUnitKey = balancedPick(rng, t.responsible.map((k) => resolveUnit(k, choice.street)), responsibleUsage);
    const investorType = investorTypeOf(rng, ownerUnitKey);
    const wan = drawWan(rng, choice.wan);
    const schedule = drawSchedule(rng, stage);
    const code = stage === 'reserve' ? null : drawCode(rng, { field: t.field, investorType }, schedule.start, codes);

    // A service team mixes the responsible unit with the approval and planning desks.
    const helpers = [responsibleUnitKey, choice.street?.unitKey, 'xzsp', 'zrzy', direction === 'ecology' ? 'sthj' : undefined]
      .map((k) => (k === undefined ? undefined : unitUserOf.get(k)))
      .filter((u): u is string => u !== undefined);
    const serviceTeamUsernames = rng.shuffle([...new Set(helpers)]).slice(0, rng.pick([0, 1, 1, 2, 2]));

    const extraTags = t.field === 'industrial' && rng.chance(0.15) ? ['digital'] : [];
    projects.push({
      name: choice.name,
      code,
      ownerUnitKey,
      investorType,
      field: t.field,
      direction,
      industry: t.industry,
      stage,
      inStatistics: inStatisticsFor(rng, stage),
      ...drawPlace(rng, stage, choice),
      content: t.content(rng, wan),
      totalInvestmentYuan: `${wan * 10000}.00`,
      plannedStart: schedule.start === null ? null : firstDay(schedule.start),
      plannedEnd: schedule.end === null ? null : lastDay(schedule.end),
      publishable: rng.chance(stage === 'reserve' ? 0.2 : 0.55),
      tagKeys: [...new Set([...t.tags, ...extraTags])],
      leadLeaderUsername,
      responsibleUnitKey,
      serviceTeamUsernames,
      promotionPlan: drawPlan(rng, stage, wan),
    });
  }
  return projects;
}

/** 入库纳统 follows actual construction: never before it starts, nearly always once it has. */
function inStatisticsFor(rng: Rng, stage: Stage): boolean {
  switch (stage) {
    case 'reserve':
    case 'preparation':
      return false;
    case 'new_start':
      return rng.chance(0.85);
    case 'continuing':
      return rng.chance(0.95);
    case 'completed':
      return rng.chance(0.9);
    case 'operating':
      return rng.chance(0.7);
  }
}
