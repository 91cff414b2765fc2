import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_KIND_LABELS, UNIT_KINDS, unitCreate, unitUpdate, type Unit, type UnitKind } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect } from '../../../components/org-selects';
import { fieldMapper, serverFieldIssues, useApplyFieldIssues, type FieldIssue } from '../../../lib/form-errors';
import { useEnumOptions } from '../../../lib/use-locale';
import { useSaveUnit } from '../hooks/use-admin';

type Values = { kind?: UnitKind; name?: string; shortName?: string; parentUnitId?: string | null };

const mapPath = fieldMapper(['kind', 'name', 'shortName', 'parentUnitId']);

type Props = { unit: Unit | null; parentName: string | null; onClose: () => void };

export function UnitModal({ unit, parentName, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const applyIssues = useApplyFieldIssues();
  const save = useSaveUnit();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const kindOptions = useEnumOptions(UNIT_KINDS, UNIT_KIND_LABELS);

  const show = (issues: readonly FieldIssue[]) => setUnplaced(applyIssues(form, issues, mapPath));

  const onFinish = async (v: Values) => {
    setUnplaced([]);
    const body = {
      kind: v.kind,
      name: v.name ?? '',
      shortName: v.shortName?.trim() ? v.shortName.trim() : null,
      parentUnitId: v.parentUnitId ?? null,
    };
    try {
      if (unit) {
        const parsed = unitUpdate.safeParse({ ...body, version: unit.version });
        if (!parsed.success) return show(parsed.error.issues);
        await save.mutateAsync({ id: unit.id, body: parsed.data });
      } else {
        const parsed = unitCreate.safeParse(body);
        if (!parsed.success) return show(parsed.error.issues);
        await save.mutateAsync({ id: null, body: parsed.data });
      }
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      show(serverFieldIssues(error));
    }
  };

  return (
    <Modal
      open
      title={unit ? t('admin.units.editTitle') : t('admin.units.createTitle')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={save.error} extra={unplaced} onReload={onClose} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          unit
            ? { kind: unit.kind, name: unit.name, shortName: unit.shortName ?? '', parentUnitId: unit.parentUnitId }
            : {}
        }
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="kind" label={t('admin.units.kind')} required>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="name" label={t('admin.units.name')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={t('admin.units.shortName')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="parentUnitId" label={t('admin.units.parent')}>
          <UnitSelect
            knownOptions={unit?.parentUnitId && parentName ? [{ value: unit.parentUnitId, label: parentName }] : []}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
