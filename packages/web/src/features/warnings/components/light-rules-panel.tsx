import { useState } from 'react';
import { Alert, App, Button, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageSpin } from '../../../components/page-states';
import { isApiError } from '../../../lib/api-client';
import { serverFieldIssues, useApplyFieldIssues, type PathMapper } from '../../../lib/form-errors';
import { hasAnyRole, useMe } from '../../../lib/session-context';
import { RULE_FIELDS, type LightRules, type LightRulesConfig } from '../api/light-rules-api';
import { useLightRules, useSaveLightRules } from '../hooks/use-light-rules';
import { LightRuleCard } from './light-rule-card';

/** In the form the share of recent_pace is a percentage (50), on the wire a fraction (0.5). */
type FormValues = { rules: LightRules; reason?: string };

function toForm(rules: LightRules): FormValues {
  const rate = Math.round(rules.recent_pace.yellowBelowRate * 10000) / 100;
  return { rules: { ...rules, recent_pace: { ...rules.recent_pace, yellowBelowRate: rate } }, reason: '' };
}

function fromForm(values: FormValues): LightRules {
  const rp = values.rules.recent_pace;
  return { ...values.rules, recent_pace: { ...rp, yellowBelowRate: Math.round(rp.yellowBelowRate * 100) / 10000 } };
}

// Server paths are ['rules', rule, field] or ['reason'], the form's own names.
const mapPath: PathMapper = (path) =>
  (path[0] === 'rules' && path.length === 3) || path[0] === 'reason' ? [...path] : null;

type FormProps = { config: LightRulesConfig; editable: boolean; onReload: () => void };

function LightRulesForm({ config, editable, onReload }: FormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveLightRules();
  const applyIssues = useApplyFieldIssues();
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const onFinish = async (values: FormValues) => {
    setError(null);
    setUnplaced([]);
    const reason = values.reason?.trim();
    try {
      await save.mutateAsync({ version: config.version, rules: fromForm(values), ...(reason ? { reason } : {}) });
      void message.success(t('warnings.rules.saved'));
    } catch (e) {
      setError(e);
      setUnplaced(applyIssues(form, serverFieldIssues(e), mapPath));
    }
  };

  const conflict = isApiError(error, 'version_conflict');

  return (
    <Form<FormValues>
      form={form}
      initialValues={toForm(config.rules)}
      onFinish={(values) => void onFinish(values)}
      disabled={save.isPending}
      data-testid="light-rules-form"
    >
      <ApiErrorAlert error={error} extra={unplaced} onReload={conflict ? onReload : undefined} />
      <Row gutter={[12, 12]}>
        {RULE_FIELDS.map(({ rule, fields }) => (
          <Col key={rule} xs={24} lg={12}>
            <LightRuleCard rule={rule} fields={fields} editable={editable} />
          </Col>
        ))}
      </Row>
      {editable ? (
        <>
          <Form.Item name="reason" label={t('warnings.rules.reason')} layout="vertical" style={{ marginTop: 16 }}>
            <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('warnings.rules.reasonPlaceholder')} />
          </Form.Item>
          <Flex justify="end">
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="light-rules-save">
              {t('warnings.rules.save')}
            </Button>
          </Flex>
        </>
      ) : null}
    </Form>
  );
}

/** 预警规则: the district's light rules; everyone may read them, the office and admins change them. */
export function LightRulesPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const editable = hasAnyRole(me, ['office', 'admin']);
  const query = useLightRules();

  return (
    <div data-testid="light-rules-panel">
      <Typography.Paragraph type="secondary">{t('warnings.rules.intro')}</Typography.Paragraph>
      {editable ? null : (
        <Alert type="info" showIcon title={t('warnings.rules.readOnly')} style={{ marginBottom: 16 }} />
      )}
      {query.isError ? <ApiErrorAlert error={query.error} onReload={() => void query.refetch()} /> : null}
      {query.data ? (
        // A new version (saved here, or reloaded after a conflict) starts the form afresh.
        <LightRulesForm
          key={query.data.version}
          config={query.data}
          editable={editable}
          onReload={() => void query.refetch()}
        />
      ) : query.isPending ? (
        <PageSpin />
      ) : null}
    </div>
  );
}
