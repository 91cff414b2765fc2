import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  ROLE_LABELS,
  ROLES,
  USER_STATUSES,
  userCreate,
  userUpdate,
  type Role,
  type User,
  type UserStatus,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RegionSelect, UnitSelect } from '../../../components/org-selects';
import { fieldMapper, serverFieldIssues, useApplyFieldIssues, type FieldIssue } from '../../../lib/form-errors';
import { useMe } from '../../../lib/session-context';
import { useEnumOptions } from '../../../lib/use-locale';
import { useSaveUser } from '../hooks/use-admin';

type RoleRow = { role?: Role; scopeRegionId?: string | null };
type Values = {
  username?: string;
  displayName?: string;
  phone?: string;
  unitId?: string | null;
  roles: RoleRow[];
  password?: string;
  status: UserStatus;
};

const FIELDS = ['username', 'displayName', 'phone', 'unitId', 'roles', 'password', 'status'] as const;
const mapPath = fieldMapper(FIELDS);

export function UserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const applyIssues = useApplyFieldIssues();
  const save = useSaveUser();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const roleOptions = useEnumOptions(ROLES, ROLE_LABELS);
  const defaultScope = me.districtIds[0] ?? null;

  const initialValues: Values = user
    ? {
        username: user.username,
        displayName: user.displayName,
        phone: user.phone ?? '',
        unitId: user.unit?.id ?? null,
        roles: user.roles.map((g) => ({ role: g.role, scopeRegionId: g.scopeRegionId })),
        status: user.status,
      }
    : { roles: [{ scopeRegionId: defaultScope }], status: 'active' };

  const show = (issues: readonly FieldIssue[]) => setUnplaced(applyIssues(form, issues, mapPath));

  const onFinish = async (v: Values) => {
    setUnplaced([]);
    const common = {
      displayName: v.displayName ?? '',
      phone: v.phone?.trim() ? v.phone.trim() : null,
      unitId: v.unitId ?? null,
      roles: v.roles.map((r) => ({ role: r.role, scopeRegionId: r.scopeRegionId ?? undefined })),
    };
    try {
      if (user) {
        const parsed = userUpdate.safeParse({
          ...common,
          version: user.version,
          status: v.status,
          password: v.password ? v.password : undefined,
        });
        if (!parsed.success) return show(parsed.error.issues);
        await save.mutateAsync({ id: user.id, body: parsed.data });
      } else {
        const parsed = userCreate.safeParse({ ...common, username: v.username ?? '', password: v.password ?? '' });
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
      title={user ? t('admin.users.editTitle') : t('admin.users.createTitle')}
      width={640}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={save.error} extra={unplaced} onReload={onClose} />
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="username" label={t('admin.users.username')} required>
          <Input maxLength={64} disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.users.displayName')} required>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="phone" label={t('admin.users.phone')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="unitId" label={t('admin.users.unit')}>
          <UnitSelect knownOptions={user?.unit ? [{ value: user.unit.id, label: user.unit.name }] : []} />
        </Form.Item>
        <Form.Item label={t('admin.users.roles')} required>
          <Form.List name="roles">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((field) => (
                  <Space key={field.key} align="start" style={{ width: '100%' }} wrap>
                    <Form.Item name={[field.name, 'role']} style={{ marginBottom: 0, width: 180 }}>
                      <Select placeholder={t('admin.users.role')} options={roleOptions} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'scopeRegionId']} style={{ marginBottom: 0, width: 260 }}>
                      <RegionSelect levels={['province', 'city', 'district']} placeholder={t('admin.users.scope')} />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('common.remove')}
                        onClick={() => remove(field.name)}
                      />
                    ) : null}
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ scopeRegionId: defaultScope })}>
                  {t('admin.users.addRole')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.users.password')}
          required={!user}
          extra={user ? t('admin.users.passwordEditHint') : undefined}
        >
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
        {user ? (
          <Form.Item name="status" label={t('admin.users.status')}>
            <Select options={USER_STATUSES.map((s) => ({ value: s, label: t(`admin.users.statuses.${s}`) }))} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
