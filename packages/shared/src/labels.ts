import type { NotificationKind } from './contracts/notifications.js';
import type { Direction, Field, InvestorType, RegionLevel, Role, Stage, TagCategory, UnitKind } from './enums.js';
import type {
  CalendarDayKind,
  EscalationLevelKey,
  FactorKind,
  FactorRequestStatus,
  FeedbackVerdict,
  FormalityChain,
  FormalityStepAction,
  FormalityStepStatus,
  FundingChannel,
  LandUseType,
  MeasureUnit,
  NoticeLevel,
  ProblemCapacity,
  ProblemCategory,
  ProblemEventKind,
  ProblemStatus,
  ProblemUrgency,
  RankingOrder,
  RankingSubject,
  SupervisionAction,
  SupervisionSource,
  SupervisionStatus,
} from './enums.js';

// Labels of the classifications in both languages; used by the web, exports and briefings.
export type Locale = 'zh-CN' | 'en-US';
type Labels<K extends string> = Record<K, { 'zh-CN': string; 'en-US': string }>;

export const ROLE_LABELS: Labels<Role> = {
  admin: { 'zh-CN': '系统管理员', 'en-US': 'Administrator' },
  office: { 'zh-CN': '项目办', 'en-US': 'Project office' },
  leader: { 'zh-CN': '区领导', 'en-US': 'District leader' },
  unit: { 'zh-CN': '责任单位', 'en-US': 'Responsible unit' },
  owner: { 'zh-CN': '业主单位', 'en-US': 'Project owner' },
  supervisor: { 'zh-CN': '督查室', 'en-US': 'Supervision office' },
};

export const REGION_LEVEL_LABELS: Labels<RegionLevel> = {
  province: { 'zh-CN': '省', 'en-US': 'Province' },
  city: { 'zh-CN': '市', 'en-US': 'City' },
  district: { 'zh-CN': '区（县）', 'en-US': 'District' },
  street: { 'zh-CN': '街道（镇）', 'en-US': 'Street' },
};

export const UNIT_KIND_LABELS: Labels<UnitKind> = {
  office: { 'zh-CN': '办公室', 'en-US': 'Office' },
  bureau: { 'zh-CN': '部门', 'en-US': 'Bureau' },
  street: { 'zh-CN': '街道', 'en-US': 'Street office' },
  enterprise: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};

export const INVESTOR_TYPE_LABELS: Labels<InvestorType> = {
  government: { 'zh-CN': '政府投资', 'en-US': 'Government' },
  social: { 'zh-CN': '社会投资', 'en-US': 'Social' },
  joint: { 'zh-CN': '合作投资', 'en-US': 'Joint (PPP)' },
};

export const FIELD_LABELS: Labels<Field> = {
  industrial: { 'zh-CN': '产业', 'en-US': 'Industrial' },
  social: { 'zh-CN': '社会事业', 'en-US': 'Social' },
  livelihood: { 'zh-CN': '民生', 'en-US': 'Livelihood' },
  urban: { 'zh-CN': '城建', 'en-US': 'Urban construction' },
};

export const DIRECTION_LABELS: Labels<Direction> = {
  high_quality: { 'zh-CN': '高质量发展', 'en-US': 'High-quality development' },
  ecology: { 'zh-CN': '生态环保', 'en-US': 'Ecology and environment' },
  livelihood: { 'zh-CN': '民生改善', 'en-US': 'Livelihood improvement' },
  governance: { 'zh-CN': '社会治理创新', 'en-US': 'Social-governance innovation' },
};

export const STAGE_LABELS: Labels<Stage> = {
  reserve: { 'zh-CN': '储备', 'en-US': 'Reserve' },
  preparation: { 'zh-CN': '前期', 'en-US': 'Preparation' },
  new_start: { 'zh-CN': '新开工', 'en-US': 'New start' },
  continuing: { 'zh-CN': '续建', 'en-US': 'Continuing' },
  completed: { 'zh-CN': '竣工', 'en-US': 'Completed' },
  operating: { 'zh-CN': '投产运营', 'en-US': 'In operation' },
};

export const TAG_CATEGORY_LABELS: Labels<TagCategory> = {
  transformation: { 'zh-CN': '转型', 'en-US': 'Transformation' },
  strategy: { 'zh-CN': '战略', 'en-US': 'Strategy' },
  livelihood: { 'zh-CN': '民生', 'en-US': 'Livelihood' },
};

// ---- Getting unstuck: problems, factor guarantees, formalities, supervision --------------------

export const PROBLEM_CATEGORY_LABELS: Labels<ProblemCategory> = {
  land: { 'zh-CN': '用地', 'en-US': 'Land' },
  funds: { 'zh-CN': '资金', 'en-US': 'Funds' },
  talent: { 'zh-CN': '人才', 'en-US': 'Talent' },
  energy_quota: { 'zh-CN': '能耗指标', 'en-US': 'Energy quota' },
  environmental_capacity: { 'zh-CN': '环境容量', 'en-US': 'Environmental capacity' },
  approval: { 'zh-CN': '审批手续', 'en-US': 'Approvals' },
  relocation: { 'zh-CN': '征收拆迁', 'en-US': 'Relocation' },
  construction_conditions: { 'zh-CN': '施工条件', 'en-US': 'Construction conditions' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};

export const PROBLEM_URGENCY_LABELS: Labels<ProblemUrgency> = {
  normal: { 'zh-CN': '一般', 'en-US': 'Normal' },
  urgent: { 'zh-CN': '紧急', 'en-US': 'Urgent' },
  critical: { 'zh-CN': '特急', 'en-US': 'Critical' },
};

export const PROBLEM_STATUS_LABELS: Labels<ProblemStatus> = {
  open: { 'zh-CN': '待交办', 'en-US': 'Open' },
  assigned: { 'zh-CN': '已交办', 'en-US': 'Assigned' },
  in_progress: { 'zh-CN': '办理中', 'en-US': 'In progress' },
  solved: { 'zh-CN': '已解决待销号', 'en-US': 'Solved, to be verified' },
  closed: { 'zh-CN': '已销号', 'en-US': 'Closed' },
  reopened: { 'zh-CN': '已重新打开', 'en-US': 'Reopened' },
};

/** Timeline events of a problem (the actions, raising and escalation). */
export const PROBLEM_EVENT_LABELS: Labels<ProblemEventKind> = {
  raise: { 'zh-CN': '提出问题', 'en-US': 'Raised' },
  edit: { 'zh-CN': '修改', 'en-US': 'Edited' },
  assign: { 'zh-CN': '交办', 'en-US': 'Assigned' },
  progress: { 'zh-CN': '报送进展', 'en-US': 'Progress' },
  solve: { 'zh-CN': '办结', 'en-US': 'Solved' },
  close: { 'zh-CN': '销号', 'en-US': 'Closed' },
  reopen: { 'zh-CN': '重新打开', 'en-US': 'Reopened' },
  comment: { 'zh-CN': '留言', 'en-US': 'Comment' },
  flag_for_meeting: { 'zh-CN': '提交调度会', 'en-US': 'Put on the next meeting' },
  unflag_for_meeting: { 'zh-CN': '撤出调度会', 'en-US': 'Taken off the meeting' },
  escalate: { 'zh-CN': '超期升级', 'en-US': 'Escalated' },
};

export const PROBLEM_CAPACITY_LABELS: Labels<ProblemCapacity> = {
  raiser: { 'zh-CN': '提出人', 'en-US': 'Raiser' },
  office: { 'zh-CN': '项目办', 'en-US': 'Project office' },
  lead_unit: { 'zh-CN': '牵头单位', 'en-US': 'Lead unit' },
  helper_unit: { 'zh-CN': '配合单位', 'en-US': 'Helping unit' },
  lead_leader: { 'zh-CN': '包抓领导', 'en-US': 'Lead leader' },
  owner: { 'zh-CN': '业主单位', 'en-US': 'Project owner' },
  supervisor: { 'zh-CN': '督查室', 'en-US': 'Supervision office' },
};

export const ESCALATION_LEVEL_LABELS: Labels<EscalationLevelKey> = {
  none: { 'zh-CN': '未升级', 'en-US': 'Not escalated' },
  lead_leader: { 'zh-CN': '已报包抓领导', 'en-US': 'Escalated to the lead leader' },
  escalation_list: { 'zh-CN': '已报项目办升级名单', 'en-US': "Escalated to the office's list" },
};

export const FACTOR_KIND_LABELS: Labels<FactorKind> = {
  land: { 'zh-CN': '用地', 'en-US': 'Land' },
  funds: { 'zh-CN': '资金', 'en-US': 'Funds' },
  talent: { 'zh-CN': '人才', 'en-US': 'Talent' },
  energy: { 'zh-CN': '能耗指标', 'en-US': 'Energy quota' },
  environment: { 'zh-CN': '环境容量', 'en-US': 'Environmental capacity' },
};

export const MEASURE_UNIT_LABELS: Labels<MeasureUnit> = {
  mu: { 'zh-CN': '亩', 'en-US': 'mu' },
  yuan: { 'zh-CN': '元', 'en-US': 'yuan' },
  person: { 'zh-CN': '人', 'en-US': 'persons' },
  tce: { 'zh-CN': '吨标准煤', 'en-US': 'tce' },
  tonne_per_year: { 'zh-CN': '吨/年', 'en-US': 't/year' },
};

export const FACTOR_REQUEST_STATUS_LABELS: Labels<FactorRequestStatus> = {
  requested: { 'zh-CN': '已提出', 'en-US': 'Requested' },
  in_progress: { 'zh-CN': '协调中', 'en-US': 'In progress' },
  partly_supplied: { 'zh-CN': '部分保障', 'en-US': 'Partly supplied' },
  supplied: { 'zh-CN': '已保障', 'en-US': 'Supplied' },
  declined: { 'zh-CN': '无法保障', 'en-US': 'Declined' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
};

export const FUNDING_CHANNEL_LABELS: Labels<FundingChannel> = {
  government_budget: { 'zh-CN': '财政资金', 'en-US': 'Government budget' },
  special_bonds: { 'zh-CN': '专项债券', 'en-US': 'Special bonds' },
  policy_bank_loans: { 'zh-CN': '政策性银行贷款', 'en-US': 'Policy bank loans' },
  commercial_bank_loans: { 'zh-CN': '商业银行贷款', 'en-US': 'Commercial bank loans' },
  investment_funds: { 'zh-CN': '基金', 'en-US': 'Investment funds' },
  social_capital: { 'zh-CN': '社会资本', 'en-US': 'Social capital' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};

export const LAND_USE_TYPE_LABELS: Labels<LandUseType> = {
  industrial: { 'zh-CN': '工业用地', 'en-US': 'Industrial' },
  warehousing: { 'zh-CN': '仓储用地', 'en-US': 'Warehousing' },
  commercial: { 'zh-CN': '商业服务业用地', 'en-US': 'Commercial' },
  residential: { 'zh-CN': '居住用地', 'en-US': 'Residential' },
  public_service: { 'zh-CN': '公共管理与公共服务用地', 'en-US': 'Public administration and services' },
  transport: { 'zh-CN': '交通运输用地', 'en-US': 'Transport' },
  utilities: { 'zh-CN': '公用设施用地', 'en-US': 'Utilities' },
  green_space: { 'zh-CN': '绿地与开敞空间用地', 'en-US': 'Green and open space' },
  other: { 'zh-CN': '其他用地', 'en-US': 'Other' },
};

export const FORMALITY_STEP_STATUS_LABELS: Labels<FormalityStepStatus> = {
  not_started: { 'zh-CN': '未申报', 'en-US': 'Not started' },
  submitted: { 'zh-CN': '已申报', 'en-US': 'Submitted' },
  accepted: { 'zh-CN': '已受理', 'en-US': 'Accepted' },
  approved: { 'zh-CN': '已批复', 'en-US': 'Approved' },
  rejected: { 'zh-CN': '未通过', 'en-US': 'Rejected' },
  not_needed: { 'zh-CN': '无需办理', 'en-US': 'Not needed' },
};

export const FORMALITY_STEP_ACTION_LABELS: Labels<FormalityStepAction> = {
  submit: { 'zh-CN': '申报', 'en-US': 'Submit' },
  withdraw: { 'zh-CN': '撤回申报', 'en-US': 'Withdraw' },
  accept: { 'zh-CN': '受理', 'en-US': 'Accept' },
  approve: { 'zh-CN': '批复', 'en-US': 'Approve' },
  reject: { 'zh-CN': '不予批准', 'en-US': 'Reject' },
  waive: { 'zh-CN': '标记无需办理', 'en-US': 'Mark not needed' },
  restore: { 'zh-CN': '恢复办理', 'en-US': 'Restore' },
};

export const FORMALITY_CHAIN_LABELS: Labels<FormalityChain> = {
  government_approval: { 'zh-CN': '政府投资项目（审批制）', 'en-US': 'Government-invested (approval chain)' },
  enterprise_approval: { 'zh-CN': '企业投资项目（核准制）', 'en-US': 'Enterprise (approval)' },
  enterprise_filing: { 'zh-CN': '企业投资项目（备案制）', 'en-US': 'Enterprise (filing)' },
};

export const CALENDAR_DAY_KIND_LABELS: Labels<CalendarDayKind> = {
  holiday: { 'zh-CN': '放假', 'en-US': 'Holiday' },
  make_up_workday: { 'zh-CN': '调休上班', 'en-US': 'Make-up working day' },
};

export const SUPERVISION_SOURCE_LABELS: Labels<SupervisionSource> = {
  meeting_decision: { 'zh-CN': '会议议定事项', 'en-US': 'Meeting decision' },
  leader: { 'zh-CN': '领导批示', 'en-US': "Leader's instruction" },
  city: { 'zh-CN': '上级交办', 'en-US': 'Requirement from the city' },
  office: { 'zh-CN': '督查室立项', 'en-US': 'Supervision office' },
};

export const SUPERVISION_STATUS_LABELS: Labels<SupervisionStatus> = {
  open: { 'zh-CN': '办理中', 'en-US': 'Open' },
  reported: { 'zh-CN': '已反馈待审核', 'en-US': 'Reported, awaiting review' },
  returned: { 'zh-CN': '已退回', 'en-US': 'Returned' },
  closed: { 'zh-CN': '已办结', 'en-US': 'Closed' },
};

export const SUPERVISION_ACTION_LABELS: Labels<SupervisionAction> = {
  edit: { 'zh-CN': '修改', 'en-US': 'Edit' },
  report: { 'zh-CN': '反馈', 'en-US': 'Report' },
  accept: { 'zh-CN': '审核通过', 'en-US': 'Accept' },
  return: { 'zh-CN': '退回', 'en-US': 'Return' },
  reopen: { 'zh-CN': '重新督办', 'en-US': 'Reopen' },
};

export const FEEDBACK_VERDICT_LABELS: Labels<FeedbackVerdict> = {
  pending: { 'zh-CN': '待审核', 'en-US': 'Pending' },
  accepted: { 'zh-CN': '已通过', 'en-US': 'Accepted' },
  returned: { 'zh-CN': '已退回', 'en-US': 'Returned' },
};

/** Notification kinds (the bell's tag, the channels' kind filter). */
export const NOTIFICATION_KIND_LABELS: Labels<NotificationKind> = {
  report_due: { 'zh-CN': '填报提醒', 'en-US': 'Report due' },
  report_returned: { 'zh-CN': '填报退回', 'en-US': 'Report returned' },
  light_red: { 'zh-CN': '红灯预警', 'en-US': 'Red light' },
  problem: { 'zh-CN': '问题协调', 'en-US': 'Problem' },
  supervision: { 'zh-CN': '督查督办', 'en-US': 'Supervision' },
};

export const NOTICE_LEVEL_LABELS: Labels<NoticeLevel> = {
  blue: { 'zh-CN': '蓝色提醒', 'en-US': 'Blue: due soon' },
  yellow: { 'zh-CN': '黄色警示', 'en-US': 'Yellow: behind' },
  red: { 'zh-CN': '红色督办', 'en-US': 'Red: overdue' },
};

export const RANKING_SUBJECT_LABELS: Labels<RankingSubject> = {
  unit: { 'zh-CN': '单位', 'en-US': 'Units' },
  leader: { 'zh-CN': '领导', 'en-US': 'Leaders' },
};

export const RANKING_ORDER_LABELS: Labels<RankingOrder> = {
  score: { 'zh-CN': '综合得分', 'en-US': 'Score' },
  on_time: { 'zh-CN': '按期办结率', 'en-US': 'On-time closure rate' },
  lights: { 'zh-CN': '项目亮灯', 'en-US': 'Project lights' },
};

export function label<K extends string>(labels: Labels<K>, key: K, locale: Locale): string {
  return labels[key][locale];
}
