import {
  addDays,
  FACTOR_MEASURES,
  FACTOR_REQUEST_STATUSES,
  localDate,
  type FactorKind,
  type FactorRequestStatus,
  type FundingChannel,
  type LandUseType,
} from '@tuijin/shared';
import type { Tx } from '../db/database.js';
import { factorRequests } from '../db/schema.js';
import { appendEntries } from '../modules/journal/journal.service.js';
import type { DemoProject } from './demo-data.js';
import { createRng, type Rng } from './demo-random.js';

// The demo district's factor guarantees (要素保障): land in 亩 by land-use type, funds in 元 by
// funding channel, talent by position, energy quota and environmental capacity, each kind in every
// status, with what the supplying units have supplied so far. Dated relative to today.

type Draw = { detail: string; amount: string; supplier: string | null; note: string };

const LAND_BY_FIELD: Record<DemoProject['field'], LandUseType[]> = {
  industrial: ['industrial', 'industrial', 'warehousing'],
  urban: ['transport', 'utilities', 'green_space'],
  livelihood: ['residential', 'public_service'],
  social: ['public_service', 'commercial'],
};

const FUND_SUPPLIER: Record<FundingChannel, string | null> = {
  government_budget: 'cz',
  special_bonds: 'cz',
  policy_bank_loans: 'xmb',
  commercial_bank_loans: null,
  investment_funds: 'ctgs',
  social_capital: 'sw',
  other: 'cz',
};

const FUND_NOTES: Record<FundingChannel, string> = {
  government_budget: '申请区级财政预算内资金，用于工程建设',
  special_bonds: '申报2026年新增专项债券额度',
  policy_bank_loans: '申请国家开发银行政策性贷款，需区级协调增信',
  commercial_bank_loans: '申请银团贷款，需协调项目贷款审批',
  investment_funds: '申请区产业引导基金参股',
  social_capital: '拟引入社会资本合作，需协调招商对接',
  other: '申请上级补助资金配套',
};

// [position, supplying unit, fewest, most]
const TALENT_INDUSTRY: [string, string, number, number][] = [
  ['高级工程师', 'kj', 5, 20],
  ['研发人员（硕士及以上）', 'kj', 10, 60],
  ['技术工人', 'gxj', 30, 200],
];
const TALENT_HOSPITAL: [string, string, number, number] = ['临床医师', 'wsjk', 8, 40];
const TALENT_SCHOOL: [string, string, number, number] = ['专任教师', 'jy', 10, 50];
const HOSPITAL = /医|卫生|妇幼|养护/;
const SCHOOL = /学|幼儿园|教育/;

/** Who asks for what: new buildings need land; talent, energy and emissions are industry's and hospitals'/schools'. */
const ASKS: Record<FactorKind, (p: DemoProject) => boolean> = {
  land: (p) => !/改造|整治|加装|升级|提升|平台|修复/.test(p.name),
  funds: () => true,
  talent: (p) => p.field === 'industrial' || (p.field === 'social' && (HOSPITAL.test(p.name) || SCHOOL.test(p.name))),
  energy: (p) => p.field === 'industrial',
  environment: (p) => p.field === 'industrial',
};

const POLLUTANTS = ['化学需氧量（COD）', '氨氮', '二氧化硫', '氮氧化物', '挥发性有机物（VOCs）', '颗粒物'];

const STATUS_NOTES: Record<FactorRequestStatus, string> = {
  requested: '已提交需求，待区要素保障专班研究',
  in_progress: '已列入区要素保障调度清单，正在办理',
  partly_supplied: '首批已落实，剩余部分正在协调',
  supplied: '已全部落实到位',
  declined: '暂不符合保障条件，建议调整建设方案后重新申请',
  withdrawn: '项目调整建设方案，需求撤回',
};

const fixed = (n: number, decimals: number) => n.toFixed(decimals);

function draw(rng: Rng, factor: FactorKind, p: DemoProject): Draw {
  switch (factor) {
    case 'land': {
      const type = rng.pick(LAND_BY_FIELD[p.field]);
      const mu = rng.int(20, 320) + rng.pick([0, 0, 0.5, 0.25, 0.8]);
      return { detail: type, amount: fixed(mu, 2), supplier: 'zrzy', note: '需新增建设用地指标，办理农转用及征收手续' };
    }
    case 'funds': {
      const channel = rng.pick(
        p.investorType === 'social'
          ? (['commercial_bank_loans', 'investment_funds', 'social_capital', 'policy_bank_loans'] as const)
          : (['government_budget', 'special_bonds', 'special_bonds', 'policy_bank_loans', 'other'] as const),
      );
      const wan = rng.int(5, 200) * 100;
      return {
        detail: channel,
        amount: `${wan * 10000}.00`,
        supplier: FUND_SUPPLIER[channel],
        note: FUND_NOTES[channel],
      };
    }
    case 'talent': {
      const [position, supplier, min, max] = HOSPITAL.test(p.name)
        ? TALENT_HOSPITAL
        : SCHOOL.test(p.name)
          ? TALENT_SCHOOL
          : rng.pick(TALENT_INDUSTRY);
      return {
        detail: position,
        amount: String(rng.int(min, max)),
        supplier,
        note: `需引进${position}，协调人才公寓与安家补贴`,
      };
    }
    case 'energy': {
      const tce = rng.int(8, 150) * 100 + rng.int(0, 99);
      return {
        detail: '新增年综合能耗（当量值）',
        amount: fixed(tce, 0),
        supplier: 'xmb',
        note: '需区内能耗指标调剂，已完成节能报告编制',
      };
    }
    case 'environment': {
      const pollutant = rng.pick(POLLUTANTS);
      return {
        detail: pollutant,
        amount: fixed(rng.int(15, 600) / 10, 1),
        supplier: 'sthj',
        note: `新增${pollutant}排放总量，需落实替代削减来源`,
      };
    }
  }
}

/** Supplied amounts are written as people record them: 0.1 亩, 100万元, one person, 1 tce, 0.1 t/a. */
const STEP: Record<FactorKind, number> = { land: 0.1, funds: 1e6, talent: 1, energy: 1, environment: 0.1 };

/** What was supplied for a status: nothing, a part (30–80%) or all. */
function suppliedFor(rng: Rng, factor: FactorKind, status: FactorRequestStatus, amount: string): string {
  const { decimals } = FACTOR_MEASURES[factor];
  if (status === 'supplied') return amount;
  if (status !== 'partly_supplied') return fixed(0, decimals);
  const steps = Math.max(1, Math.round((Number(amount) * rng.real(0.3, 0.8)) / STEP[factor]));
  return fixed(steps * STEP[factor], decimals);
}

export async function seedDemoFactors(
  tx: Tx,
  demo: readonly DemoProject[],
  ids: {
    districtId: string;
    projectIds: string[];
    requesterOfProject: (i: number) => string;
    unitIds: Map<string, string>;
  },
  settings: { timeZone: string; now: Date },
): Promise<number> {
  const rng = createRng(5505);
  const today = localDate(settings.now, settings.timeZone);
  const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  // Projects still being built or prepared ask for factors; the order is fixed by the demo data.
  const building = demo.flatMap((p, i) => (['preparation', 'new_start', 'continuing'].includes(p.stage) ? [i] : []));
  const factors = Object.keys(FACTOR_MEASURES) as FactorKind[];
  const rows: (typeof factorRequests.$inferInsert)[] = [];
  for (const factor of factors) {
    const asking = rng.shuffle(building.filter((i) => ASKS[factor](demo[i]!)));
    for (let round = 0; round < 2; round++)
      for (const [s, status] of FACTOR_REQUEST_STATUSES.entries()) {
        const projectIndex = asking[(round * FACTOR_REQUEST_STATUSES.length + s) % asking.length]!;
        const p = demo[projectIndex]!;
        const d = draw(rng, factor, p);
        const created = addDays(today, -rng.int(10, 150));
        const updated = status === 'requested' ? created : addDays(created, rng.int(3, 9));
        rows.push({
          districtId: ids.districtId,
          projectId: ids.projectIds[projectIndex]!,
          factor,
          detail: d.detail,
          amount: d.amount,
          unitOfMeasure: FACTOR_MEASURES[factor].unit,
          supplierUnitId: d.supplier ? ids.unitIds.get(d.supplier)! : null,
          status,
          suppliedAmount: suppliedFor(rng, factor, status, d.amount),
          note: status === 'requested' ? d.note : `${d.note}；${STATUS_NOTES[status]}`,
          createdBy: ids.requesterOfProject(projectIndex),
          createdAt: at(created, 9),
          updatedAt: at(updated > today ? today : updated, 15),
          version: status === 'requested' ? 1 : 2,
        });
      }
  }
  const inserted = await tx.insert(factorRequests).values(rows).returning();
  await appendEntries(
    tx,
    ids.districtId,
    inserted.map((r) => ({
      actorUserId: r.createdBy,
      entity: 'factor_request',
      entityId: r.id,
      action: 'create',
      before: null,
      after: {
        factor: r.factor,
        detail: r.detail,
        amount: r.amount,
        supplierUnitId: r.supplierUnitId,
        status: r.status,
        suppliedAmount: r.suppliedAmount,
        note: r.note,
      },
      reason: 'demo data',
    })),
  );
  return rows.length;
}
