import { Fragment, type ReactNode } from 'react';
import { Card, Form, InputNumber, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LightRuleKey, RuleField } from '../api/light-rules-api';

type Props = {
  rule: LightRuleKey;
  fields: readonly RuleField[];
  editable: boolean;
};

const SLOT = /(\{[a-z]+\})/;

/** Replaces the {slot} markers of a sentence with the given inputs (single braces: not i18next's). */
function fillSlots(text: string, slots: Record<string, ReactNode>): ReactNode[] {
  return text.split(SLOT).map((part, i) => {
    const name = /^\{([a-z]+)\}$/.exec(part)?.[1];
    const slot = name ? slots[name] : undefined;
    return <Fragment key={i}>{slot ?? part}</Fragment>;
  });
}

/** One rule: its switch, and its explanation with the thresholds as inputs inside the sentence. */
export function LightRuleCard({ rule, fields, editable }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const enabled = Form.useWatch(['rules', rule, 'enabled'], form) !== false;
  const name = t(`warnings.rules.names.${rule}`);

  const slots: Record<string, ReactNode> = {};
  for (const f of fields) {
    slots[f.slot] = (
      <Form.Item
        name={['rules', rule, f.field]}
        rules={[{ required: true, message: t('validation.required') }]}
        style={{ display: 'inline-block', margin: '0 4px', verticalAlign: 'top' }}
      >
        <InputNumber
          min={f.min}
          max={f.max}
          precision={f.integer ? 0 : undefined}
          step={1}
          suffix={f.percent ? '%' : undefined}
          style={{ width: f.percent ? 96 : 84 }}
          aria-label={`${name} ${t(`warnings.rules.fields.${f.field}`)}`}
          readOnly={!editable}
          data-testid={`light-rule-${rule}-${f.field}`}
        />
      </Form.Item>
    );
  }

  return (
    <Card
      size="small"
      title={name}
      data-testid={`light-rule-${rule}`}
      extra={
        <Form.Item name={['rules', rule, 'enabled']} valuePropName="checked" noStyle>
          <Switch
            checkedChildren={t('warnings.rules.enabled')}
            unCheckedChildren={t('warnings.rules.disabled')}
            disabled={editable ? undefined : true}
            aria-label={`${name} ${t('warnings.rules.enabled')}`}
          />
        </Form.Item>
      }
      styles={{ body: { opacity: enabled ? 1 : 0.55 } }}
    >
      <Typography.Paragraph style={{ margin: 0, lineHeight: '32px' }}>
        {fillSlots(t(`warnings.rules.texts.${rule}`), slots)}
      </Typography.Paragraph>
    </Card>
  );
}
