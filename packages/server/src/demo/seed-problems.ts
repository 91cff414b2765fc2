import { addDays, escalationLevel, localDate, type ProblemCategory, type ProblemStatus } from '@tuijin/shared';
import type { Tx } from '../db/database.js';
import { problemEvents, problems } from '../db/schema.js';
import { appendEntries } from '../modules/journal/journal.service.js';
import { createRng } from './demo-random.js';

// The demo district's problems (问题清单) in every state, with their timelines and journal
// entries, dated relative to today so the board always shows open work, some of it overdue.

const LEAD_UNIT: Record<ProblemCategory, string> = {
  land: 'zrzy',
  funds: 'cz',
  talent: 'kj',
  energy_quota: 'gxj',
  environmental_capacity: 'sthj',
  approval: 'xzsp',
  relocation: 'zjj',
  construction_conditions: 'cg',
  other: 'sw',
};

const TEXTS: Record<ProblemCategory, [string, string, string]> = {
  land: ['二期用地指标未落实', '二期约 35 亩建设用地指标尚未下达，影响年内开工。', '请自然资源局协调用地指标'],
  funds: ['专项债资金拨付滞后', '第三批专项债资金尚未拨付到位，工程款支付压力较大。', '请财政局加快资金拨付'],
  talent: ['高端研发人才引进困难', '研发中心需引进高级工程师 12 名，现有政策吸引力不足。', '请协调人才公寓与补贴政策'],
  energy_quota: ['能耗指标缺口', '新增生产线年综合能耗约 1.2 万吨标准煤，区内指标不足。', '请协调能耗指标调剂'],
  environmental_capacity: [
    '排污总量指标不足',
    '项目新增 COD 排放量需总量指标，尚未落实来源。',
    '请生态环境局协调总量指标',
  ],
  approval: ['施工许可办理进度慢', '施工图审查意见反复，施工许可证迟迟未能办理。', '请行政审批局提前介入指导'],
  relocation: [
    '地块内 3 户未签约',
    '项目红线内仍有 3 户住户未签订征收协议，影响场地移交。',
    '请住建局会同街道做好群众工作',
  ],
  construction_conditions: [
    '施工临时用电未接入',
    '项目临时用电接入方案未获批复，影响主体施工。',
    '请城管局协调供电部门',
  ],
  other: ['配套道路未同步建设', '园区配套道路未列入年度计划，项目建成后无法通行。', '请协调纳入年度建设计划'],
};

const STATUSES: ProblemStatus[] = [
  'open',
  'assigned',
  'in_progress',
  'in_progress',
  'solved',
  'closed',
  'closed',
  'assigned',
  'reopened',
  'in_progress',
];

export async function seedDemoProblems(
  tx: Tx,
  ids: {
    districtId: string;
    projectIds: string[];
    ownerUserOfProject: (i: number) => string;
    officeUserId: string;
    unitIds: Map<string, string>;
  },
  settings: { timeZone: string; now: Date },
): Promise<number> {
  const rng = createRng(4404);
  const today = localDate(settings.now, settings.timeZone);
  const categories = Object.keys(LEAD_UNIT) as ProblemCategory[];
  const journal: Parameters<typeof appendEntries>[2] = [];
  const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const count = 40;
  for (let i = 0; i < count; i++) {
    const projectIndex = (i * 7 + 3) % ids.projectIds.length;
    const category = categories[i % categories.length]!;
    const status = STATUSES[i % STATUSES.length]!;
    const [title, description, helpNeeded] = TEXTS[category];
    const raisedOn = addDays(today, -rng.int(3, 60));
    const raisedBy = ids.ownerUserOfProject(projectIndex);
    const leadUnitId = status === 'open' ? null : ids.unitIds.get(LEAD_UNIT[category])!;
    const helper = status !== 'open' && i % 3 === 0 ? [ids.unitIds.get(i % 2 ? 'zjj' : 'xzsp')!] : [];
    const assignedOn = status === 'open' ? null : addDays(raisedOn, rng.int(1, 3));
    // Due 10–30 days after assignment; some of the open work is therefore overdue today.
    const dueDate = assignedOn ? addDays(assignedOn, rng.int(10, 30)) : null;
    const solvedOn =
      ['solved', 'closed', 'reopened'].includes(status) && assignedOn ? addDays(assignedOn, rng.int(3, 12)) : null;
    const closedOn = status === 'closed' && solvedOn ? addDays(solvedOn, rng.int(1, 3)) : null;
    const clampDay = (d: string | null) => (d && d > today ? today : d);
    const level = escalationLevel({ status, dueDate }, today);
    const [row] = await tx
      .insert(problems)
      .values({
        districtId: ids.districtId,
        projectId: ids.projectIds[projectIndex]!,
        category,
        title,
        description,
        helpNeeded,
        urgency: i % 5 === 0 ? 'urgent' : i % 11 === 0 ? 'critical' : 'normal',
        status,
        raisedBy,
        leadUnitId,
        helperUnitIds: helper,
        dueDate,
        escalationLevel: level,
        forMeeting: i % 6 === 1,
        assignedAt: assignedOn ? at(assignedOn, 10) : null,
        solvedAt: solvedOn ? at(clampDay(solvedOn)!, 16) : null,
        closedAt: closedOn ? at(clampDay(closedOn)!, 11) : null,
        createdAt: at(raisedOn, 9),
        updatedAt: at(clampDay(closedOn ?? solvedOn ?? assignedOn ?? raisedOn)!, 12),
      })
      .returning();
    const p = row!;
    const events: (typeof problemEvents.$inferInsert)[] = [
      { problemId: p.id, kind: 'raise', byUserId: raisedBy, at: at(raisedOn, 9) },
    ];
    if (assignedOn)
      events.push({
        problemId: p.id,
        kind: 'assign',
        byUserId: ids.officeUserId,
        note: '请牵头单位按期办结',
        data: { leadUnitId, helperUnitIds: helper, dueDate },
        at: at(assignedOn, 10),
      });
    if (['in_progress', 'solved', 'closed', 'reopened'].includes(status) && assignedOn)
      events.push({
        problemId: p.id,
        kind: 'progress',
        byUnitId: leadUnitId,
        note: '已召开专题协调会，正在落实',
        at: at(clampDay(addDays(assignedOn, 2))!, 15),
      });
    if (solvedOn)
      events.push({
        problemId: p.id,
        kind: 'solve',
        byUnitId: leadUnitId,
        note: '已办结',
        at: at(clampDay(solvedOn)!, 16),
      });
    if (closedOn)
      events.push({
        problemId: p.id,
        kind: 'close',
        byUserId: raisedBy,
        note: '经核实已解决',
        at: at(clampDay(closedOn)!, 11),
      });
    if (status === 'reopened')
      events.push({
        problemId: p.id,
        kind: 'reopen',
        byUserId: raisedBy,
        note: '现场核实仍未解决',
        at: at(clampDay(addDays(solvedOn!, 2))!, 10),
      });
    for (let l = 1; l <= level; l++)
      events.push({ problemId: p.id, kind: 'escalate', data: { level: l }, at: at(today, 1) });
    await tx.insert(problemEvents).values(events);
    journal.push({
      actorUserId: raisedBy,
      entity: 'problem',
      entityId: p.id,
      action: 'create',
      before: null,
      after: { title, category, status },
      reason: 'demo data',
    });
  }
  await appendEntries(tx, ids.districtId, journal);
  return count;
}
