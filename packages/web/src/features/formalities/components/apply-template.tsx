import { useState } from 'react';
import { App, Button, Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORMALITY_CHAIN_LABELS } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useEnumLabel } from '../../../lib/use-locale';
import { useApplyTemplate, useTemplates } from '../hooks/use-formalities';

/** The office picks a template of its district; its steps are added to the project's checklist. */
export function ApplyTemplate({ projectId, hasSteps }: { projectId: string; hasSteps: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const templates = useTemplates();
  const apply = useApplyTemplate(projectId);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const options = (templates.data?.items ?? []).map((tpl) => ({
    value: tpl.id,
    label: `${tpl.name}（${enumLabel(FORMALITY_CHAIN_LABELS, tpl.appliesTo)} · ${t('formalities.apply.steps', { count: tpl.steps.length })}）`,
  }));

  const submit = async () => {
    if (!templateId) return;
    try {
      await apply.mutateAsync(templateId);
      void message.success(t('formalities.apply.done'));
      setTemplateId(null);
    } catch {
      /* shown below */
    }
  };

  const form = (
    <Flex gap={8} wrap>
      <Select
        style={{ flex: '1 1 280px', minWidth: 0 }}
        placeholder={t('formalities.apply.template')}
        aria-label={t('formalities.apply.template')}
        options={options}
        loading={templates.isPending}
        value={templateId}
        onChange={setTemplateId}
        data-testid="apply-template-select"
      />
      <Button
        type={hasSteps ? 'default' : 'primary'}
        disabled={!templateId}
        loading={apply.isPending}
        onClick={() => void submit()}
        data-testid="apply-template-submit"
      >
        {hasSteps ? t('formalities.apply.more') : t('formalities.apply.submit')}
      </Button>
    </Flex>
  );

  return (
    <Card size="small" style={{ marginBottom: 12 }} title={hasSteps ? undefined : t('formalities.apply.title')}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {hasSteps ? t('formalities.apply.moreHint') : t('formalities.apply.hint')}
      </Typography.Paragraph>
      <ApiErrorAlert error={templates.error ?? apply.error} />
      {form}
    </Card>
  );
}
