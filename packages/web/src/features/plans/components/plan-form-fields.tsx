import { Button, Col, DatePicker, Flex, Form, Input, Row, Select, Switch, Typography } from 'antd';
import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FUNDING_SOURCES, MILESTONE_KINDS } from '@tuijin/shared';
import { translateValidation } from '../../../lib/error-messages';
import { DATE_FORMAT, formatMoney } from '../../../lib/format';
import { addYuan, formatWanDelta, parseWanInput, splitEvenly, subtractYuan, wanInput } from '../../../lib/yuan';
import type { PlanFormValues } from './plan-form-model';

const amountRule = (t: TFunction) => ({
  validator: async (_: unknown, value: string | undefined) => {
    const { issue } = parseWanInput(value);
    if (issue) throw new Error(translateValidation(t, issue));
  },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

/** The monthly sum against the annual plan, live; the field whose rule checks they are equal. */
function MonthlySum() {
  const { t } = useTranslation();
  const planned = Form.useWatch<string | undefined>('plannedWan');
  const months = Form.useWatch<string[] | undefined>('monthlyWan');
  const sum = addYuan('0', ...(months ?? []).map((m) => parseWanInput(m).yuan ?? '0'));
  const plannedYuan = parseWanInput(planned).yuan;
  const diff = plannedYuan ? subtractYuan(sum, plannedYuan) : null;
  return (
    <Typography.Text type={diff && diff !== '0.00' ? 'danger' : 'secondary'} data-testid="plan-monthly-sum">
      {t('plans.form.monthlySum', { sum: formatMoney(sum) })}
      {diff && diff !== '0.00' ? ` · ${t('plans.form.monthlyDiff', { diff: formatWanDelta(diff) })}` : ''}
    </Typography.Text>
  );
}

export function MonthlyTargetsField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PlanFormValues>();
  const useMonthly = Form.useWatch<boolean | undefined>('useMonthly');

  const spread = () => {
    const planned = parseWanInput(form.getFieldValue('plannedWan') as string | undefined).yuan;
    if (!planned) {
      void form.validateFields(['plannedWan']);
      return;
    }
    form.setFieldValue(
      'monthlyWan',
      splitEvenly(planned).map((v) => wanInput(v)),
    );
    void form.validateFields([['monthlyCheck'], ...MONTHS.map((i) => ['monthlyWan', i])]);
  };

  return (
    <>
      <Form.Item name="useMonthly" label={t('plans.form.useMonthly')} valuePropName="checked">
        <Switch data-testid="plan-use-monthly" />
      </Form.Item>
      {useMonthly ? (
        <>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('plans.form.monthlyTargets')}</Typography.Text>
            <Button icon={<CalculatorOutlined />} onClick={spread} data-testid="plan-spread">
              {t('plans.form.spread')}
            </Button>
          </Flex>
          <Row gutter={12}>
            {MONTHS.map((i) => (
              <Col key={i} xs={12} sm={8} md={6}>
                <Form.Item
                  name={['monthlyWan', i]}
                  label={t(`progress.monthNames.${i}`)}
                  rules={[amountRule(t)]}
                  style={{ marginBottom: 12 }}
                >
                  <Input inputMode="decimal" placeholder="0" autoComplete="off" />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Form.Item
            name="monthlyCheck"
            dependencies={['plannedWan', ...MONTHS.map((i) => ['monthlyWan', i])]}
            rules={[
              {
                validator: async () => {
                  const planned = parseWanInput(form.getFieldValue('plannedWan') as string | undefined).yuan;
                  const months = (form.getFieldValue('monthlyWan') as string[] | undefined) ?? [];
                  if (!planned || months.some((m) => parseWanInput(m).issue)) return;
                  const sum = addYuan('0', ...months.map((m) => parseWanInput(m).yuan ?? '0'));
                  if (sum !== addYuan(planned)) throw new Error(translateValidation(t, 'targets_do_not_sum_to_plan'));
                },
              },
            ]}
          >
            <MonthlySum />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}

export function FundingFields() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('plans.form.funding')}
      </Typography.Text>
      <Row gutter={12}>
        {FUNDING_SOURCES.map((s) => (
          <Col key={s} xs={24} sm={12}>
            <Form.Item name={['funding', s]} label={t(`progress.fundingSources.${s}`)} rules={[amountRule(t)]}>
              <Input inputMode="decimal" suffix={t('common.wan')} placeholder="0" autoComplete="off" />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}

export function MilestoneFields() {
  const { t } = useTranslation();
  const kindOptions = MILESTONE_KINDS.map((k) => ({ value: k, label: t(`progress.milestoneKinds.${k}`) }));
  const required = { required: true, message: t('validation.required') };
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <>
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('plans.form.milestones')}</Typography.Text>
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'other', plannedDate: null })}>
              {t('plans.form.addMilestone')}
            </Button>
          </Flex>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('plans.form.noMilestones')}</Typography.Paragraph>
          ) : null}
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top" wrap>
              <Col xs={24} sm={9}>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[required, { max: 60, message: t('validation.too_big') }]}
                >
                  <Input placeholder={t('plans.form.milestoneName')} maxLength={60} />
                </Form.Item>
              </Col>
              <Col xs={10} sm={6}>
                <Form.Item name={[field.name, 'kind']} rules={[required]}>
                  <Select options={kindOptions} aria-label={t('plans.form.milestoneKind')} />
                </Form.Item>
              </Col>
              <Col xs={11} sm={7}>
                <Form.Item name={[field.name, 'plannedDate']} rules={[required]}>
                  <DatePicker
                    style={{ width: '100%' }}
                    format={DATE_FORMAT}
                    inputReadOnly
                    placeholder={t('plans.form.plannedDate')}
                  />
                </Form.Item>
              </Col>
              <Col xs={3} sm={2}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
        </>
      )}
    </Form.List>
  );
}
