import type { Field, InvestorType, Stage } from '@tuijin/shared';
import type { Rng } from './demo-random.js';
import { DISTRICT_CODE, UNIT_SEEDS, type DemoStreet } from './demo-names.js';
import type { WanRange } from './demo-templates.js';

// The per-project draws of the demo generator: amount, schedule, code, place, plan. Each one
// keeps its field consistent with the project's stage and owner, as of mid-2026, the "now" the
// demo pretends to be in (continuing projects started before 2026, completed ones ended in it…).

// The district's map box; pins are kept inside it.
const BOX = { lngMin: 118.7, lngMax: 118.9, latMin: 32.0, latMax: 32.12 } as const;

/** Log-uniform draw, rounded the way amounts appear in project lists. */
export function drawWan(rng: Rng, [lo, hi]: WanRange): number {
  const raw = Math.exp(rng.real(Math.log(lo), Math.log(hi)));
  const step = raw >= 10000 ? 100 : raw >= 1000 ? 10 : 1;
  return Math.round(raw / step) * step;
}

// ---- dates: months are counted as year * 12 + (month - 1) ----

const month = (y: number, m: number): number => y * 12 + (m - 1);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const firstDay = (idx: number): string => `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}-01`;
export const lastDay = (idx: number): string => {
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  // Day 0 of the next month is the last day of this one; UTC keeps it time-zone free.
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};

type Schedule = { start: number | null; end: number | null };

export function drawSchedule(rng: Rng, stage: Stage): Schedule {
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
      // Spring is when districts start their new projects together (春季集中开工).
      return { start: rng.int(month(2026, 2), month(2026, 6)), end: rng.int(month(2027, 6), month(2028, 12)) };
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

export function drawCode(
  rng: Rng,
  p: { field: Field; investorType: InvestorType },
  start: number | null,
  taken: Set<string>,
): string {
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

export function investorTypeOf(rng: Rng, ownerKey: string): InvestorType {
  const owner = UNIT_SEEDS.find((u) => u.key === ownerKey);
  if (!owner) throw new Error(`demo data: unknown owner ${ownerKey}`);
  if (owner.funding === 'private') return 'social';
  if (owner.funding === 'public') return 'government';
  // State platforms run some projects as PPP with social capital.
  return rng.chance(0.3) ? 'joint' : 'government';
}

const DIRECTIONS_TEXT = ['东北', '东南', '西北', '西南'];

export type Place = { streetKey: string | null; address: string | null; lng: number | null; lat: number | null };

export function drawPlace(rng: Rng, stage: Stage, street: DemoStreet | null, road: string | null): Place {
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

export function drawPlan(rng: Rng, stage: Stage, field: Field, wan: number): string | null {
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
      return field === 'industrial'
        ? `2026年实现满负荷生产，${m}月底前完成项目后评价`
        : `2026年${m}月底前完成项目后评价，持续做好运营管理`;
  }
}

/** 入库纳统 follows actual construction: never before it starts, nearly always once it has. */
export function inStatisticsFor(rng: Rng, stage: Stage): boolean {
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
