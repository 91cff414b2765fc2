import type { Direction, Field, InvestorType, Role, Stage, UnitKind } from '@tuijin/shared';
import {
  drawCode,
  drawPlace,
  drawPlan,
  drawSchedule,
  drawWan,
  firstDay,
  inStatisticsFor,
  investorTypeOf,
  lastDay,
} from './demo-draw.js';
import {
  DISTRICT_CODE,
  LEADER_USERNAMES,
  STREETS,
  TAG_SEEDS,
  UNIT_SEEDS,
  USER_SEEDS,
  type DemoStreet,
} from './demo-names.js';
import { createRng, type Rng } from './demo-random.js';
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
    ...STREETS.map((s): DemoRegion => ({
      key: s.key,
      parentKey: 'district',
      level: 'street',
      code: s.code,
      name: s.name,
    })),
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

function resolveUnit(key: string, street: DemoStreet | null): string {
  if (key !== '@street') return key;
  if (!street) throw new Error('demo data: a street-owned template without a street');
  return street.unitKey;
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
    // Owners are drawn plainly: a platform company that builds many kinds of work (the 城投)
    // naturally ends up with more projects than a single-purpose one.
    const ownerUnitKey = resolveUnit(choice.owner ?? rng.pick(t.owners), choice.street);
    const responsibleUnitKey = balancedPick(
      rng,
      t.responsible.map((k) => resolveUnit(k, choice.street)),
      responsibleUsage,
    );
    const investorType = investorTypeOf(rng, ownerUnitKey);
    const wan = drawWan(rng, choice.wan);
    const schedule = drawSchedule(rng, stage);
    const code = stage === 'reserve' ? null : drawCode(rng, { field: t.field, investorType }, schedule.start, codes);

    // A service team mixes the responsible unit with the approval and planning desks.
    const helpers = [
      responsibleUnitKey,
      choice.street?.unitKey,
      'xzsp',
      'zrzy',
      direction === 'ecology' ? 'sthj' : undefined,
    ]
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
      ...drawPlace(rng, stage, choice.street, choice.road),
      content: t.content(rng, wan),
      totalInvestmentYuan: `${wan * 10000}.00`,
      plannedStart: schedule.start === null ? null : firstDay(schedule.start),
      plannedEnd: schedule.end === null ? null : lastDay(schedule.end),
      publishable: rng.chance(stage === 'reserve' ? 0.2 : 0.5),
      tagKeys: [...new Set([...t.tags, ...extraTags])],
      leadLeaderUsername,
      responsibleUnitKey,
      serviceTeamUsernames,
      promotionPlan: drawPlan(rng, stage, t.field, wan),
    });
  }
  return projects;
}
