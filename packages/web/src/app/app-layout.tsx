import { Suspense, useState } from 'react';
import { Button, Drawer, Grid, Layout, Menu, Space, Tag, Typography, theme } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@tuijin/shared';
import { LanguageSwitch } from '../components/language-switch';
import { PageSpin } from '../components/page-states';
import { useEnumLabel } from '../lib/use-locale';
import { useMe } from '../lib/session-context';
import { useLogout } from '../features/auth/hooks/use-auth-actions';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { moduleForPath, visibleModules } from './modules';

const { Header, Sider, Content } = Layout;

function AppMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const modules = visibleModules(me.roles);
  const current = moduleForPath(location.pathname);
  return (
    <Menu
      mode="inline"
      selectedKeys={current ? [current.key] : []}
      items={modules.map((m) => ({ key: m.key, icon: m.icon, label: t(`menu.${m.key}`) }))}
      onClick={({ key }) => {
        const target = modules.find((m) => m.key === key);
        if (target) void navigate(target.path);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}

function UserBox() {
  const { t } = useTranslation();
  const me = useMe();
  const enumLabel = useEnumLabel();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  return (
    <Space size="middle" wrap={false}>
      {screens.md ? (
        <div style={{ display: 'flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap', minWidth: 0 }}>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          {screens.xl ? (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
              {me.unit?.name ?? t('layout.noUnit')}
            </Typography.Text>
          ) : null}
          {me.roles.map((r) => (
            <Tag key={r} color="blue" style={{ marginInlineEnd: 0 }}>
              {enumLabel(ROLE_LABELS, r)}
            </Tag>
          ))}
        </div>
      ) : null}
      <NotificationBell />
      <LanguageSwitch />
      <Button icon={<LogoutOutlined />} onClick={() => logout.mutate()} loading={logout.isPending} data-testid="logout">
        {screens.md ? t('layout.logout') : null}
      </Button>
    </Space>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const me = useMe();
  // Before the first measurement every breakpoint is unknown; assume a desktop.
  const narrow = screens.lg === false;

  const brand = (compact: boolean) => (
    <div
      style={{
        minHeight: 64,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: compact ? 'center' : 'flex-start',
        paddingInline: compact ? 0 : 20,
        paddingBlock: 8,
        color: token.colorPrimary,
      }}
    >
      <span style={{ fontWeight: 700, fontSize: 18, lineHeight: 1.3 }}>
        {compact ? t('app.name').slice(0, 2) : t('app.name')}
      </span>
      {compact ? null : (
        <span style={{ fontSize: 12, lineHeight: 1.3, color: token.colorTextSecondary }}>{t('app.title')}</span>
      )}
    </div>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          styles={{ body: { padding: 0 } }}
          title={me.displayName}
        >
          <AppMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={232}
          theme="light"
          style={{
            borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
            overflow: 'auto',
            height: '100vh',
            position: 'sticky',
            top: 0,
          }}
        >
          {brand(collapsed)}
          <AppMenu />
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: 16,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Space>
            {narrow ? (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('layout.openMenu')}
                onClick={() => setDrawerOpen(true)}
              />
            ) : null}
            {narrow ? (
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {t('app.name')}
              </Typography.Text>
            ) : null}
          </Space>
          <UserBox />
        </Header>
        <Content style={{ padding: narrow ? 12 : 24 }}>
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
