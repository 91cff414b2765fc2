import { Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan, Report } from '@tuijin/shared';
import { formatMoney } from '../../../lib/format';
import { addYuan, parseWanInput, toFen } from '../../../lib/yuan';
import { Figure } from './figure-field';

type Props = { previous: Report | null; acceptedBefore: string; plan: Plan | null };

/**
 * Beside this month's amount: last month's, and the year's cumulative derived as the server
 * does (the accepted months before this one plus this month), with the rate against the plan.
 */
export function CompletedFigures({ previous, acceptedBefore, plan }: Props) {
  const { t } = useTranslation();
  const typed = Form.useWatch<string | undefined>('completedWan');
  const cumulative = addYuan(acceptedBefore, parseWanInput(typed).yuan ?? '0');
  const wan = (yuan: string) => `${formatMoney(yuan)} ${t('common.wan')}`;
  const planned = plan ? toFen(plan.plannedInvestment) : 0n;
  const rate = planned > 0n ? (Number(toFen(cumulative)) / Number(planned)) * 100 : null;
  return (
    <Space orientation="vertical" size={0}>
      <Figure
        label={t('reports.form.lastMonth')}
        value={
          previous
            ? t('reports.form.withStatus', {
                value: wan(previous.completedThisMonth),
                status: t(`progress.reportStatuses.${previous.status}`),
              })
            : t('common.none')
        }
      />
      <Figure label={t('reports.form.cumulative')} value={wan(cumulative)} strong testId="report-cumulative" />
      {plan ? (
        <Figure
          label={t('reports.form.annualPlan')}
          value={`${wan(plan.plannedInvestment)}${rate === null ? '' : ` · ${t('reports.form.rate', { rate: rate.toFixed(1) })}`}`}
        />
      ) : null}
    </Space>
  );
}
