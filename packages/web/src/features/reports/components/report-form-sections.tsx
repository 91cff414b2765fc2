import { Collapse, DatePicker, Empty, Flex, Form, Input, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type FundingSource, type Plan, type Report } from '@tuijin/shared';
import { translateValidation } from '../../../lib/error-messages';
import { DATE_FORMAT, formatDate, formatMoney } from '../../../lib/format';
import { districtToday } from '../../../lib/periods';
import { addYuan, parseWanInput } from '../../../lib/yuan';
import { Figure, FigureField } from './figure-field';
import { parsePercent, type ReportFormValues } from './report-form-model';

type FundsProps = { previous: Report | null; open: boolean; onOpenChange: (open: boolean) => void };

/** Funds received this month by source, folded by default: many projects have one source. */
export function FundsSection({ previous, open, onOpenChange }: FundsProps) {
  const { t } = useTranslation();
  const funds = Form.useWatch<ReportFormValues['funds'] | undefined>('funds');
  const total = addYuan('0', ...FUNDING_SOURCES.map((s) => parseWanInput(funds?.[s]).yuan ?? '0'));
  const none = t('common.none');
  const previousOf = (source: FundingSource) => {
    const v = previous?.fundsReceived[source];
    return v ? `${formatMoney(v)} ${t('common.wan')}` : none;
  };
  return (
    <Collapse
      style={{ marginBottom: 24 }}
      activeKey={open ? ['funds'] : []}
      onChange={(keys) => onOpenChange(keys.includes('funds'))}
      items={[
        {
          key: 'funds',
          forceRender: true,
          label: t('reports.form.funds'),
          extra: (
            <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('reports.form.fundsTotal', { amount: formatMoney(total) })}
            </Typography.Text>
          ),
          children: FUNDING_SOURCES.map((source) => (
            <FigureField
              key={source}
              name={['funds', source]}
              label={t(`progress.fundingSources.${source}`)}
              rules={[
                {
                  validator: async (_, value: string | undefined) => {
                    const { issue } = parseWanInput(value);
                    if (issue) throw new Error(translateValidation(t, issue));
                  },
                },
              ]}
              figures={<Figure label={t('reports.form.lastMonth')} value={previousOf(source)} />}
            >
              <Input inputMode="decimal" suffix={t('common.wan')} placeholder="0" autoComplete="off" />
            </FigureField>
          )),
        },
      ]}
    />
  );
}

type Milestone = Plan['milestones'][number];

/** Actual dates of the approved plan's milestones, recorded with the report. */
export function MilestonesSection({ plan }: { plan: Plan | null }) {
  const { t } = useTranslation();
  const today = districtToday();
  const milestones: Milestone[] = plan?.milestones ?? [];
  return (
    <div style={{ marginBottom: 8 }}>
      <Typography.Title level={5}>{t('reports.form.milestones')}</Typography.Title>
      {milestones.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={plan ? t('reports.form.noMilestones') : t('reports.form.noPlan')}
        />
      ) : (
        milestones.map((m) => (
          <Form.Item
            key={m.id}
            name={['milestones', m.id]}
            label={
              <Flex wrap gap={6} align="center">
                <span>{m.name}</span>
                <Tag style={{ marginInlineEnd: 0 }}>{t(`progress.milestoneKinds.${m.kind}`)}</Tag>
              </Flex>
            }
            extra={t('reports.form.plannedDate', { date: formatDate(m.plannedDate) })}
            rules={[
              {
                validator: async (_, value: Dayjs | null | undefined) => {
                  if (value && value.format(DATE_FORMAT) > today) {
                    throw new Error(translateValidation(t, 'actual_date_in_future'));
                  }
                },
              },
            ]}
          >
            <DatePicker
              style={{ width: '100%' }}
              format={DATE_FORMAT}
              inputReadOnly
              placeholder={t('reports.form.actualDate')}
              disabledDate={(d) => d.format(DATE_FORMAT) > today}
            />
          </Form.Item>
        ))
      )}
    </div>
  );
}

/** Physical progress: the percent beside last month's, the text, whether works have started. */
export function ProgressSection({ previous }: { previous: Report | null }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const previousPercent = previous?.progressPercent ?? null;
  return (
    <>
      <FigureField
        name="progressPercent"
        label={t('reports.form.progressPercent')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const { issue } = parsePercent(value);
              if (issue) throw new Error(translateValidation(t, issue));
            },
          },
          {
            warningOnly: true,
            validator: async (_, value: string | undefined) => {
              const { value: percent } = parsePercent(value);
              if (percent !== null && previousPercent !== null && percent < previousPercent) {
                throw new Error(t('reports.form.progressBelowLast', { percent: previousPercent }));
              }
            },
          },
        ]}
        figures={
          <Figure label={t('reports.form.lastMonth')} value={previousPercent === null ? none : `${previousPercent}%`} />
        }
      >
        <Input
          inputMode="decimal"
          suffix="%"
          placeholder="0–100"
          autoComplete="off"
          data-testid="report-progress-input"
        />
      </FigureField>
      <Form.Item
        name="progressText"
        label={t('reports.form.progressText')}
        extra={previous?.progressText ? t('reports.form.lastMonthText', { text: previous.progressText }) : undefined}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          showCount
          placeholder={t('reports.form.progressTextPlaceholder')}
        />
      </Form.Item>
    </>
  );
}
