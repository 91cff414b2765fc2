import type { NotificationKind, NotificationPayloads } from '../contracts/notifications.js';
import type { Locale } from '../labels.js';
import { periodLabel } from './format.js';
import { parsePeriodKey } from './periods.js';

// The sentences of a notification, in the words a district office uses: the bell of the web app
// writes them in the reader's language, the outbound channels in Chinese.

export type NotificationText = { title: string; body: string };

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** '2026年11月5日' / 'Nov 5, 2026' from 'YYYY-MM-DD'. */
export function dayLabel(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-CN') return `${y}年${m}月${d}日`;
  return `${EN_MONTHS[m - 1] ?? String(m)} ${d}, ${y}`;
}

/** Removes the closing punctuation of a sentence that is joined into another. */
function clause(s: string): string {
  return s.trim().replace(/[。．.！!；;，,、\s]+$/u, '');
}

const month = (period: string, locale: Locale) => periodLabel(parsePeriodKey(period), locale);
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function reportDue(p: NotificationPayloads['report_due'], locale: Locale): NotificationText {
  const due = dayLabel(p.dueDate, locale);
  if (locale === 'zh-CN') {
    const subject = `「${p.projectName}」${month(p.period, locale)}月度填报`;
    if (p.daysLeft > 0)
      return {
        title: `${subject}即将截止`,
        body: `${subject}尚未提交，截止日期为${due}，距截止还有${p.daysLeft}天，请按时填报。`,
      };
    if (p.daysLeft === 0)
      return { title: `${subject}今天截止`, body: `${subject}尚未提交，今天（${due}）截止，请及时填报。` };
    return {
      title: `${subject}已逾期`,
      body: `${subject}已逾期${-p.daysLeft}天（截止日期为${due}），请尽快填报。`,
    };
  }
  const subject = `The monthly report of “${p.projectName}” for ${month(p.period, locale)}`;
  const short = `Monthly report of “${p.projectName}” for ${month(p.period, locale)}`;
  if (p.daysLeft > 0)
    return {
      title: `${short} due in ${days(p.daysLeft)}`,
      body: `${subject} has not been submitted yet. It is due on ${due}, in ${days(p.daysLeft)}.`,
    };
  if (p.daysLeft === 0)
    return {
      title: `${short} due today`,
      body: `${subject} has not been submitted yet. It is due today (${due}).`,
    };
  return {
    title: `${short} overdue`,
    body: `${subject} is ${days(-p.daysLeft)} overdue (it was due on ${due}). Please submit it as soon as possible.`,
  };
}

function reportReturned(p: NotificationPayloads['report_returned'], locale: Locale): NotificationText {
  const reason = p.reason?.trim() ? clause(p.reason) : null;
  const reviewer = p.reviewerName?.trim() || null;
  if (locale === 'zh-CN') {
    const subject = `「${p.projectName}」${month(p.period, locale)}月度填报`;
    const by = reviewer ? `已被${reviewer}退回` : '已退回';
    return {
      title: `${subject}已退回`,
      body: `${subject}${by}${reason ? `，原因：${reason}` : ''}。请修改后重新提交。`,
    };
  }
  const subject = `The monthly report of “${p.projectName}” for ${month(p.period, locale)}`;
  return {
    title: `Monthly report of “${p.projectName}” for ${month(p.period, locale)} returned`,
    body: `${subject} was returned${reviewer ? ` by ${reviewer}` : ''}.${reason ? ` Reason: ${reason}.` : ''} Please correct it and submit it again.`,
  };
}

function lightRed(p: NotificationPayloads['light_red'], locale: Locale): NotificationText {
  const reasons = p.reasons.map((r) => clause(r[locale])).filter(Boolean);
  if (locale === 'zh-CN') {
    return {
      title: `「${p.projectName}」亮红灯`,
      body: `「${p.projectName}」${month(p.period, locale)}亮红灯${reasons.length ? `：${reasons.join('；')}` : ''}。`,
    };
  }
  return {
    title: `“${p.projectName}” turned red`,
    body: `“${p.projectName}” turned red for ${month(p.period, locale)}${reasons.length ? `: ${reasons.join('; ')}` : ''}.`,
  };
}

const PROBLEM_ZH: Record<NotificationPayloads['problem']['event'], string> = {
  raise: '新提出问题',
  assign: '问题已交办',
  progress: '问题有新进展',
  solve: '问题已办结，请核实销号',
  close: '问题已销号',
  reopen: '问题已重新打开',
  escalate_leader: '问题逾期未办结，已提请包联领导协调',
  escalate_list: '问题严重逾期，已提请重点办督办',
};
const PROBLEM_EN: Record<NotificationPayloads['problem']['event'], string> = {
  raise: 'New problem raised',
  assign: 'Problem assigned',
  progress: 'Progress on a problem',
  solve: 'Problem solved: please verify and close it',
  close: 'Problem closed',
  reopen: 'Problem reopened',
  escalate_leader: 'Problem overdue: brought to the lead leader',
  escalate_list: 'Problem long overdue: brought to the project office',
};

function problem(p: NotificationPayloads['problem'], locale: Locale): NotificationText {
  const due = p.dueDate ? dayLabel(p.dueDate, locale) : null;
  if (locale === 'zh-CN') {
    const parts = [
      `「${p.projectName}」：${clause(p.title)}`,
      p.leadUnitName ? `牵头单位：${p.leadUnitName}` : null,
      due ? `办结时限：${due}` : null,
      p.daysOverdue > 0 ? `已逾期${p.daysOverdue}天` : null,
      p.note ? `说明：${clause(p.note)}` : null,
    ].filter(Boolean);
    return { title: `${PROBLEM_ZH[p.event]}：${clause(p.title)}`, body: `${parts.join('；')}。` };
  }
  const parts = [
    `“${p.projectName}”: ${clause(p.title)}`,
    p.leadUnitName ? `lead unit: ${p.leadUnitName}` : null,
    due ? `due ${due}` : null,
    p.daysOverdue > 0 ? `${days(p.daysOverdue)} overdue` : null,
    p.note ? `note: ${clause(p.note)}` : null,
  ].filter(Boolean);
  return { title: `${PROBLEM_EN[p.event]}: ${clause(p.title)}`, body: `${parts.join('; ')}.` };
}

type SupervisionEvent = NotificationPayloads['supervision']['event'];
const SUPERVISION_ZH: Record<SupervisionEvent, string> = {
  assign: '新交办督办事项',
  due_changed: '督办事项办理期限已调整',
  report: '督办事项已反馈，请审核',
  accept: '督办事项反馈已通过，已办结',
  return: '督办事项反馈被退回',
  reopen: '督办事项已重新督办',
  blue: '督办事项即将到期',
  yellow: '督办事项办理滞后',
  red: '督办事项已超期',
};
const SUPERVISION_EN: Record<SupervisionEvent, string> = {
  assign: 'Supervision item assigned',
  due_changed: 'Supervision item: due date changed',
  report: 'Supervision item reported: please review',
  accept: 'Supervision item accepted and closed',
  return: 'Supervision item returned',
  reopen: 'Supervision item reopened',
  blue: 'Supervision item due soon',
  yellow: 'Supervision item behind',
  red: 'Supervision item overdue',
};

function supervision(p: NotificationPayloads['supervision'], locale: Locale): NotificationText {
  const due = dayLabel(p.dueDate, locale);
  const timing = p.event === 'accept' || p.event === 'report' ? null : p.daysLeft;
  if (locale === 'zh-CN') {
    const parts = [
      clause(p.title),
      `承办单位：${p.assigneeUnitName}`,
      `办理期限：${due}`,
      p.round !== null ? `第${p.round}轮反馈` : null,
      timing === null
        ? null
        : timing < 0
          ? `已超期${-timing}天`
          : timing === 0
            ? '今天到期'
            : `距办理期限还有${timing}天`,
      p.note ? `说明：${clause(p.note)}` : null,
    ].filter(Boolean);
    return { title: `${SUPERVISION_ZH[p.event]}：${clause(p.title)}`, body: `${parts.join('；')}。` };
  }
  const parts = [
    clause(p.title),
    `assignee: ${p.assigneeUnitName}`,
    `due ${due}`,
    p.round !== null ? `round ${p.round}` : null,
    timing === null
      ? null
      : timing < 0
        ? `${days(-timing)} overdue`
        : timing === 0
          ? 'due today'
          : `due in ${days(timing)}`,
    p.note ? `note: ${clause(p.note)}` : null,
  ].filter(Boolean);
  return { title: `${SUPERVISION_EN[p.event]}: ${clause(p.title)}`, body: `${parts.join('; ')}.` };
}

/** The title and body of a notification in one language. */
export function notificationText<K extends NotificationKind>(
  kind: K,
  payload: NotificationPayloads[K],
  locale: Locale,
): NotificationText {
  switch (kind) {
    case 'report_due':
      return reportDue(payload as NotificationPayloads['report_due'], locale);
    case 'report_returned':
      return reportReturned(payload as NotificationPayloads['report_returned'], locale);
    case 'light_red':
      return lightRed(payload as NotificationPayloads['light_red'], locale);
    case 'problem':
      return problem(payload as NotificationPayloads['problem'], locale);
    case 'supervision':
      return supervision(payload as NotificationPayloads['supervision'], locale);
    default:
      throw new RangeError(`unknown notification kind ${String(kind)}`);
  }
}

/** The message sent by "test" on a channel. */
export function channelTestText(channelName: string, locale: Locale): NotificationText {
  if (locale === 'zh-CN')
    return {
      title: '推进平台测试消息',
      body: `这是一条测试消息。收到即表示通知渠道「${channelName}」配置正确。`,
    };
  return {
    title: 'Tuijin test message',
    body: `This is a test message. Receiving it means the channel “${channelName}” is set up correctly.`,
  };
}
