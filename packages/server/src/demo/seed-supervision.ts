import {
  addDays,
  localDate,
  type FeedbackVerdict,
  type SupervisionSource,
  type SupervisionStatus,
} from '@tuijin/shared';
import type { Tx } from '../db/database.js';
import { supervisionFeedback, supervisionItems } from '../db/schema.js';
import { appendEntries } from '../modules/journal/journal.service.js';
import type { DemoProject } from './demo-data.js';
import { createRng } from './demo-random.js';

// The demo district's supervision items (督查督办): meeting decisions, leaders' instructions, the
// city's requirements and the office's own, given to units with a due date, in every status, with
// their feedback rounds (returned and accepted ones included). Due dates are relative to today so
// the list always shows blue (due within 3 days), yellow (returned, behind), red (overdue) and no
// notice (see supervisionNotice).

const SOURCES: SupervisionSource[] = ['meeting_decision', 'leader', 'city', 'office'];

// [status, due date relative to today, feedback rounds' verdicts oldest first, closed on time]
type Spec = [SupervisionStatus, number, FeedbackVerdict[], boolean?];
// prettier-ignore
const SPECS: Spec[] = [
  ['open', 20, []], ['open', 2, []], ['open', 0, []], ['open', -4, []], ['open', 12, []],
  ['open', 3, []], ['open', -15, []], ['open', 30, []], ['open', 1, []], ['open', -8, []],
  ['returned', 9, ['returned']], ['returned', -3, ['returned']], ['returned', 5, ['returned', 'returned']],
  ['returned', 15, ['returned']], ['returned', -10, ['returned', 'returned']], ['returned', 2, ['returned']],
  ['reported', 6, ['pending']], ['reported', -2, ['pending']], ['reported', 10, ['returned', 'pending']],
  ['reported', -5, ['pending']], ['reported', 1, ['pending']], ['reported', 14, ['returned', 'pending']],
  ['reported', -1, ['pending']],
  ['closed', -30, ['accepted'], true], ['closed', -12, ['returned', 'accepted'], true],
  ['closed', -45, ['accepted'], false], ['closed', -5, ['accepted'], true], ['closed', -20, ['accepted'], true],
  ['closed', 5, ['accepted'], true], ['closed', -60, ['returned', 'accepted'], false],
  ['closed', -25, ['accepted'], true], ['closed', -8, ['accepted'], true],
];

/** What a project's item asks for, by the project's field. */
const ACTIONS: Record<DemoProject['field'], string[]> = {
  industrial: [
    '协调解决项目二期用地报批问题',
    '协调供电部门完成施工临时用电接入',
    '落实新增能耗指标调剂',
    '完成项目环评审批前置条件整改',
  ],
  urban: [
    '完成红线内剩余住户签约和场地移交',
    '协调管线迁改，确保主体工程按期施工',
    '加快施工许可办理，提前介入施工图审查',
    '落实第三批专项债资金拨付',
  ],
  social: [
    '加快施工许可办理，提前介入施工图审查',
    '督促施工单位增加作业面和人员设备投入',
    '落实项目配套资金拨付',
    '协调配套道路纳入年度建设计划',
  ],
  livelihood: [
    '完成安置房源调配和居民签约工作',
    '督促施工单位增加作业面和人员设备投入',
    '落实第三批专项债资金拨付',
    '协调水电气配套接入',
  ],
};

// [title, requirement, assignee unit]
const CITY_ITEMS: [string, string, string][] = [
  [
    '落实市重大项目“攻坚季”行动要求',
    '按市重大项目办通知要求，梳理辖区重大项目推进情况，逐项明确攻坚措施和责任人。',
    'xmb',
  ],
  [
    '市政府督查通报问题整改',
    '针对市政府第三督查组通报的在建项目安全文明施工问题，制定整改方案并按期报送整改结果。',
    'zjj',
  ],
  [
    '核实市级重大项目要素保障清单',
    '对照市级要素保障清单逐项核实用地需求和保障进度，更新台账后报市自然资源局。',
    'zrzy',
  ],
  ['报送省市重大项目前期工作进展', '按省市要求报送列入省市重大项目计划的项目前期工作进展和存在问题。', 'xmb'],
  ['市生态环境督察反馈问题整改', '对市生态环境督察反馈的建设项目扬尘管控问题逐项整改销号。', 'sthj'],
  [
    '落实市政府专项债券项目资金支出进度要求',
    '按市财政局通知，专项债券资金支出进度须达到序时进度，滞后项目说明原因。',
    'cz',
  ],
  ['报送市级重大产业项目用能保障情况', '梳理在建及拟建重大产业项目用能需求，提出能耗指标保障方案。', 'gxj'],
  ['落实市交通重点工程年度目标', '对照市交通重点工程年度目标，逐月报送投资完成和形象进度。', 'jt'],
];

const OFFICE_TITLES = [
  '督促{P}按月填报项目进度',
  '核实{P}形象进度与投资完成额',
  '{P}开工准备工作督办',
  '{P}问题整改落实督办',
  '{P}年度投资计划执行督办',
  '{P}未按期开工原因核查',
  '{P}进度滞后情况督办',
  '{P}施工现场安全文明施工督办',
];

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const min = (a: string, b: string) => (a < b ? a : b);

export async function seedDemoSupervision(
  tx: Tx,
  demo: readonly DemoProject[],
  ids: {
    districtId: string;
    projectIds: string[];
    unitIds: Map<string, string>;
    /** A unit-role user of each unit that has one (the one who reports). */
    reporterOfUnit: Map<string, string>;
    leaderNameOf: (username: string) => string;
    supervisorUserId: string;
    officeUserId: string;
  },
  settings: { timeZone: string; now: Date },
): Promise<number> {
  const rng = createRng(7707);
  const today = localDate(settings.now, settings.timeZone);
  const reporting = [...ids.reporterOfUnit.keys()];
  // Works under way or in preparation (not information systems), each project at most once.
  const candidates = rng.shuffle(
    demo.flatMap((p, i) =>
      p.stage !== 'reserve' && p.stage !== 'operating' && !/平台|系统|数字|智慧|监控/.test(p.name) ? [i] : [],
    ),
  );
  const items: (typeof supervisionItems.$inferInsert)[] = [];
  const rounds: Omit<typeof supervisionFeedback.$inferInsert, 'itemId'>[][] = [];
  for (const [n, [status, dueIn, verdicts, onTime]] of SPECS.entries()) {
    const source = SOURCES[n % SOURCES.length]!;
    const dueDate = addDays(today, dueIn);
    const turn = Math.floor(n / SOURCES.length);
    const projectIndex = source === 'city' ? null : candidates[n % candidates.length]!;
    const p = projectIndex === null ? null : demo[projectIndex]!;
    const city = CITY_ITEMS[turn % CITY_ITEMS.length]!;
    const unitKey = !p
      ? city[2]
      : ids.reporterOfUnit.has(p.responsibleUnitKey)
        ? p.responsibleUnitKey
        : rng.pick(reporting);
    const action = p ? ACTIONS[p.field][turn % 4]! : '';
    let title: string;
    let requirement: string;
    if (source === 'city') [title, requirement] = city;
    else if (source === 'meeting_decision') {
      title = `${p!.name}：${action}`;
      requirement = `区重点项目推进会（2026年第${(n % 9) + 3}次）议定：${action}，请牵头单位按期办结并反馈。`;
    } else if (source === 'leader') {
      const [name, office] = ids.leaderNameOf(p!.leadLeaderUsername).split(' ');
      title = `${name}${office?.split('、').at(-1) ?? ''}批示：加快推进${p!.name}`;
      requirement = `请牵头单位${action}，确保项目按计划推进，办理情况及时报告。`;
    } else {
      title = OFFICE_TITLES[turn % OFFICE_TITLES.length]!.replace('{P}', p!.name);
      requirement = `区重点项目办督办：${action}，每周报送进展，逾期将纳入季度通报。`;
    }

    // Reports, latest first: the last one by the status, each earlier one a week or so before.
    const reportDays: string[] = [];
    let last: string | null = null;
    if (status === 'reported') last = addDays(today, -rng.int(0, 3));
    if (status === 'returned') last = addDays(today, -rng.int(3, 8));
    if (status === 'closed')
      last = min(onTime ? addDays(dueDate, -rng.int(1, 6)) : addDays(dueDate, rng.int(1, 5)), addDays(today, -1));
    for (let r = verdicts.length - 1, day = last; r >= 0 && day; r--) {
      reportDays.unshift(day);
      day = addDays(day, -rng.int(6, 12));
    }
    const created = min(addDays(dueDate, -rng.int(20, 40)), addDays(reportDays[0] ?? today, -rng.int(3, 10)));
    const reporter = ids.reporterOfUnit.get(unitKey) ?? ids.officeUserId;
    const itemRounds = verdicts.map((verdict, r) => {
      const reportedOn = reportDays[r]!;
      const decided = verdict === 'pending' ? null : min(addDays(reportedOn, rng.int(1, 2)), today);
      return {
        round: r + 1,
        text:
          verdict === 'returned'
            ? '已与项目单位对接，相关工作正在推进中。'
            : `${action ? `已${action}` : '已按要求办结'}，相关佐证材料已上传，请审核。`,
        byUserId: reporter,
        at: at(reportedOn, 16),
        verdict,
        verdictNote:
          verdict === 'returned'
            ? '反馈内容过于笼统，请说明具体办理进度、存在问题和完成时限'
            : verdict === 'accepted'
              ? '经核实已办结，同意销号'
              : null,
        verdictBy: decided ? ids.supervisorUserId : null,
        verdictAt: decided ? at(decided, 10) : null,
      };
    });
    const lastRound = itemRounds.at(-1);
    items.push({
      districtId: ids.districtId,
      source,
      sourceId: null,
      projectId: projectIndex === null ? null : ids.projectIds[projectIndex]!,
      title,
      requirement,
      assigneeUnitId: ids.unitIds.get(unitKey)!,
      dueDate,
      status,
      createdBy: source === 'office' ? ids.officeUserId : ids.supervisorUserId,
      closedAt: status === 'closed' ? lastRound!.verdictAt : null,
      createdAt: at(created, 9),
      updatedAt: lastRound ? (lastRound.verdictAt ?? lastRound.at) : at(created, 9),
      version: 1 + itemRounds.length + itemRounds.filter((r) => r.verdict !== 'pending').length,
    });
    rounds.push(itemRounds);
  }
  const inserted = await tx.insert(supervisionItems).values(items).returning();
  const feedback = inserted.flatMap((item, n) => rounds[n]!.map((r) => ({ ...r, itemId: item.id })));
  await tx.insert(supervisionFeedback).values(feedback);
  await appendEntries(
    tx,
    ids.districtId,
    inserted.map((r) => ({
      actorUserId: r.createdBy,
      entity: 'supervision_item',
      entityId: r.id,
      action: 'create',
      before: null,
      after: {
        source: r.source,
        sourceId: r.sourceId,
        projectId: r.projectId,
        title: r.title,
        requirement: r.requirement,
        assigneeUnitId: r.assigneeUnitId,
        dueDate: r.dueDate,
        status: r.status,
      },
      reason: 'demo data',
    })),
  );
  return inserted.length;
}
