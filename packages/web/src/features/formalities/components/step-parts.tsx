import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FORMALITY_STEP_ACTION_LABELS, type FormalityStepAction } from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import type { FormalityStep } from '../api/formalities-api';
import { StepStatusTag, StepTiming } from './formality-tags';
import { StepAttachments } from './step-attachments';

export type StepHandlers = {
  onAction: (step: FormalityStep, action: FormalityStepAction) => void;
  /** The office's correction; absent for everyone else. */
  onEdit?: (step: FormalityStep) => void;
};

const PRIMARY: FormalityStepAction[] = ['submit', 'accept', 'approve'];

/** The buttons of the actions the server allows the caller on this step. */
export function StepActions({ step, onAction, onEdit, size }: StepHandlers & { step: FormalityStep; size?: 'small' }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  if (!step.actions.length && !onEdit) return null;
  return (
    <Space wrap size={4}>
      {step.actions.map((action) => (
        <Button
          key={action}
          size={size ?? 'small'}
          type={PRIMARY.includes(action) ? 'primary' : 'default'}
          danger={action === 'reject'}
          onClick={() => onAction(step, action)}
          data-testid={`step-${action}`}
        >
          {enumLabel(FORMALITY_STEP_ACTION_LABELS, action)}
        </Button>
      ))}
      {onEdit ? (
        <Button size={size ?? 'small'} type="link" onClick={() => onEdit(step)} data-testid="step-edit">
          {t('formalities.edit.button')}
        </Button>
      ) : null}
    </Space>
  );
}

export function StepName({ step }: { step: FormalityStep }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} align="flex-start">
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {step.name}
      </Typography.Text>
      <Space size={4} wrap>
        {step.isConstructionPermit ? <Tag color="purple">{t('formalities.permit')}</Tag> : null}
        <StepAttachments step={step} />
      </Space>
    </Flex>
  );
}

export function ApproverName({ step }: { step: FormalityStep }) {
  const { t } = useTranslation();
  return step.approverUnit ? (
    <span style={{ overflowWrap: 'anywhere' }}>{step.approverUnit.name}</span>
  ) : (
    <Typography.Text type="secondary">{t('formalities.noApprover')}</Typography.Text>
  );
}

/** The dates that are set, each with its label. */
export function StepDates({ step }: { step: FormalityStep }) {
  const { t } = useTranslation();
  const rows = (
    [
      ['submittedOn', step.submittedOn],
      ['acceptedOn', step.acceptedOn],
      ['decidedOn', step.decidedOn],
    ] as const
  ).filter(([, v]) => v !== null);
  if (!rows.length) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={0} style={{ fontSize: 12 }}>
      {rows.map(([key, value]) => (
        <span key={key} style={{ whiteSpace: 'nowrap' }}>
          {t(`formalities.columns.${key}`)} {value}
        </span>
      ))}
    </Flex>
  );
}

/** One step on a phone: name, status, approving unit, timing, dates, document number, note, actions. */
export function StepCard({
  step,
  project,
  ...handlers
}: StepHandlers & { step: FormalityStep; project?: { id: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="step-row" data-step-id={step.id} styles={{ body: { padding: 10 } }}>
      <Flex vertical gap={6}>
        {project ? (
          <Link to={`/projects/${project.id}?tab=formalities`} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {project.name}
          </Link>
        ) : null}
        <Flex justify="space-between" align="flex-start" gap={8}>
          <StepName step={step} />
          <StepStatusTag status={step.status} />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <ApproverName step={step} />
        </Typography.Text>
        <StepTiming step={step} compact />
        {step.submittedOn || step.acceptedOn || step.decidedOn ? <StepDates step={step} /> : null}
        {step.documentNo ? (
          <Typography.Text style={{ fontSize: 12, overflowWrap: 'anywhere' }} data-testid="step-document">
            {t('formalities.columns.documentNo')} {step.documentNo}
          </Typography.Text>
        ) : null}
        {step.note ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {step.note}
          </Typography.Text>
        ) : null}
        <StepActions step={step} {...handlers} />
      </Flex>
    </Card>
  );
}
