import type { ReactNode } from 'react';
import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  FormOutlined,
  HomeOutlined,
  IssuesCloseOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { Role } from '@tuijin/shared';

export type ModuleKey =
  | 'home'
  | 'cockpit'
  | 'registry'
  | 'plans'
  | 'reports'
  | 'warnings'
  | 'problems'
  | 'factors'
  | 'formalities'
  | 'supervision'
  | 'meetings'
  | 'briefings'
  | 'ledgers'
  | 'peers'
  | 'relocation'
  | 'publicity'
  | 'admin';

export type AppModule = {
  key: ModuleKey;
  path: string;
  icon: ReactNode;
  /** Roles that see the module; undefined means every signed-in user. */
  roles?: readonly Role[];
  /** Modules not built yet route to a "coming soon" page. */
  built: boolean;
};

// Order follows the navigation table of the UI design.
export const MODULES: readonly AppModule[] = [
  { key: 'home', path: '/', icon: <HomeOutlined />, built: true },
  { key: 'cockpit', path: '/cockpit', icon: <DashboardOutlined />, built: false },
  { key: 'registry', path: '/projects', icon: <DatabaseOutlined />, built: true },
  { key: 'plans', path: '/plans', icon: <CalendarOutlined />, built: true },
  { key: 'reports', path: '/reports', icon: <FormOutlined />, built: true },
  { key: 'warnings', path: '/warnings', icon: <AlertOutlined />, built: true },
  { key: 'problems', path: '/problems', icon: <IssuesCloseOutlined />, built: true },
  { key: 'factors', path: '/factors', icon: <ToolOutlined />, built: true },
  { key: 'formalities', path: '/formalities', icon: <AuditOutlined />, built: true },
  { key: 'supervision', path: '/supervision', icon: <SafetyCertificateOutlined />, built: true },
  { key: 'meetings', path: '/meetings', icon: <TeamOutlined />, built: false },
  { key: 'briefings', path: '/briefings', icon: <FileTextOutlined />, built: false },
  { key: 'ledgers', path: '/ledgers', icon: <TableOutlined />, built: false },
  { key: 'peers', path: '/peers', icon: <BarChartOutlined />, built: false },
  { key: 'relocation', path: '/relocation', icon: <EnvironmentOutlined />, built: false },
  { key: 'publicity', path: '/publicity', icon: <NotificationOutlined />, built: false },
  // The project office sees only the notification channels there.
  { key: 'admin', path: '/admin', icon: <SettingOutlined />, roles: ['admin', 'office'], built: true },
];

export function visibleModules(roles: readonly Role[]): AppModule[] {
  return MODULES.filter((m) => !m.roles || m.roles.some((r) => roles.includes(r)));
}

/** A project's monthly report lives under the project but belongs to the reports module. */
const REPORT_FORM_PATH = /^\/projects\/[^/]+\/reports(\/|$)/;

export function moduleForPath(pathname: string): AppModule | undefined {
  if (REPORT_FORM_PATH.test(pathname)) return MODULES.find((m) => m.key === 'reports');
  return MODULES.find((m) =>
    m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`),
  );
}
