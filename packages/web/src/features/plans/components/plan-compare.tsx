import type { ReactNode } from 'react';
import { Alert, Empty, Table, Tag, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type Plan } from '@tuijin/shared';
import { DATE_FORMAT, formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { formatWanDelta, subtractYuan } from '../../../lib/yuan';

type Line = { key: string; label: ReactNode; base: ReactNode; other: ReactNode; delta: ReactNode; changed: boolean };

type Props = { baseline: Plan | null; other: Plan | null };

/** "Planned in March vs planned now": the baseline beside another version, line by line. */
export function PlanCompare({ baseline, other }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const none = t('common.none');
  if (!baseline || !other) return <Empty description={t('plans.compare.noBaseline')} />;

  const money = (yuan: string | undefined | null) => (yuan ? formatMoney(yuan) : none);
  const moneyDelta = (a: string | undefined | null, b: string | undefined | null) => {
    const d = subtractYuan(b ?? '0', a ?? '0');
    return { text: d === '0.00' ? '' : formatWanDelta(d), changed: d !== '0.00' };
  };
  const lines: Line[] = [];
  const moneyLine = (key: string, label: ReactNode, a: string | undefined | null, b: string | undefined | null) => {
    const d = moneyDelta(a, b);
    lines.push({ key, label, base: money(a), other: money(b), delta: d.text, changed: d.changed });
  };

  moneyLine(
    'planned',
    <Typography.Text strong>{t('plans.compare.planned')}</Typography.Text>,
    baseline.plannedInvestment,
    other.plannedInvestment,
  );
  if (baseline.monthlyTargets || other.monthlyTargets) {
    for (let i = 0; i < 12; i++) {
      const label = t('plans.compare.monthTarget', { month: t(`progress.monthNames.${i}`) });
      if (baseline.monthlyTargets && other.monthlyTargets) {
        moneyLine(`m${i}`, label, baseline.monthlyTargets[i], other.monthlyTargets[i]);
      } else {
        lines.push({
          key: `m${i}`,
          label,
          base: baseline.monthlyTargets ? money(baseline.monthlyTargets[i]) : t('plans.compare.notSplit'),
          other: other.monthlyTargets ? money(other.monthlyTargets[i]) : t('plans.compare.notSplit'),
          delta: '',
          changed: true,
        });
      }
    }
  }
  for (const s of FUNDING_SOURCES) {
    if (baseline.fundingBySource[s] || other.fundingBySource[s]) {
      moneyLine(
        `f-${s}`,
        t('plans.compare.funding', { source: t(`progress.fundingSources.${s}`) }),
        baseline.fundingBySource[s],
        other.fundingBySource[s],
      );
    }
  }
  // Milestones are matched by kind and name: the same milestone keeps both across versions.
  const keyOf = (m: Plan['milestones'][number]) => `${m.kind}|${m.name}`;
  const keys = [...new Set([...baseline.milestones, ...other.milestones].map(keyOf))];
  for (const key of keys) {
    const a = baseline.milestones.find((m) => keyOf(m) === key);
    const b = other.milestones.find((m) => keyOf(m) === key);
    const m = a ?? b;
    if (!m) continue;
    const days = a && b ? dayjs(b.plannedDate, DATE_FORMAT).diff(dayjs(a.plannedDate, DATE_FORMAT), 'day') : null;
    lines.push({
      key: `ms-${key}`,
      label: (
        <span>
          <Tag>{t(`progress.milestoneKinds.${m.kind}`)}</Tag>
          {m.name}
        </span>
      ),
      base: a ? formatDate(a.plannedDate) : none,
      other: b ? formatDate(b.plannedDate) : none,
      delta: !a
        ? t('plans.compare.added')
        : !b
          ? t('plans.compare.removed')
          : days
            ? days > 0
              ? t('plans.compare.later', { days })
              : t('plans.compare.earlier', { days: -days })
            : '',
      changed: !a || !b || days !== 0,
    });
  }

  const head = (plan: Plan) => (
    <span>
      {t('plans.versionLabel', { n: plan.versionNo })}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, fontWeight: 'normal' }}>
        {plan.approvedAt
          ? t('plans.compare.approvedOn', { date: formatDateTime(plan.approvedAt).slice(0, 10) })
          : t(`progress.planStatuses.${plan.status}`)}
      </Typography.Text>
    </span>
  );
  const columns: TableColumnsType<Line> = [
    { title: t('plans.compare.item'), dataIndex: 'label', key: 'label', width: 200 },
    {
      title: (
        <span>
          {t('progress.baseline')} · {head(baseline)}
        </span>
      ),
      dataIndex: 'base',
      key: 'base',
      align: 'right',
    },
    { title: head(other), dataIndex: 'other', key: 'other', align: 'right' },
    {
      title: t('plans.compare.delta'),
      dataIndex: 'delta',
      key: 'delta',
      align: 'right',
      render: (v: ReactNode, line) => (line.changed ? <Typography.Text type="warning">{v}</Typography.Text> : v),
    },
  ];
  return (
    <>
      {baseline.id === other.id ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('plans.compare.same')} />
      ) : null}
      <div data-testid="plan-compare">
        <Table<Line>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={lines}
          pagination={false}
          scroll={{ x: 560 }}
          onRow={(line) => ({ style: line.changed ? { background: token.colorWarningBg } : undefined })}
        />
      </div>
    </>
  );
}
