import { lazy } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { NotFoundResult } from '../components/page-states';
import { LoginPage } from '../features/auth/components/login-page';
import { AppLayout } from './app-layout';
import { ComingSoonPage } from './coming-soon-page';
import { HomePage } from './home-page';
import { MODULES } from './modules';
import { RequireAuth, RequireRole } from './require-auth';

// Feature screens load on demand so the sign-in page stays small.
const RegistryPage = lazy(() =>
  import('../features/registry/components/registry-page').then((m) => ({ default: m.RegistryPage })),
);
const ProjectDetailPage = lazy(() =>
  import('../features/registry/components/project-detail-page').then((m) => ({ default: m.ProjectDetailPage })),
);
const ProjectCreatePage = lazy(() =>
  import('../features/registry/components/project-form-page').then((m) => ({ default: m.ProjectCreatePage })),
);
const ProjectEditPage = lazy(() =>
  import('../features/registry/components/project-form-page').then((m) => ({ default: m.ProjectEditPage })),
);
const PlansPage = lazy(() => import('../features/plans/components/plans-page').then((m) => ({ default: m.PlansPage })));
const ReportsPage = lazy(() =>
  import('../features/reports/components/reports-page').then((m) => ({ default: m.ReportsPage })),
);
const ReviewQueuePage = lazy(() =>
  import('../features/reports/components/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })),
);
const ReportFormPage = lazy(() =>
  import('../features/reports/components/report-form-page').then((m) => ({ default: m.ReportFormPage })),
);
const WarningsPage = lazy(() =>
  import('../features/warnings/components/warnings-page').then((m) => ({ default: m.WarningsPage })),
);
const FactorsPage = lazy(() =>
  import('../features/factors/components/factors-page').then((m) => ({ default: m.FactorsPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/components/notifications-page').then((m) => ({ default: m.NotificationsPage })),
);
const ProblemsPage = lazy(() =>
  import('../features/problems/components/problems-page').then((m) => ({ default: m.ProblemsPage })),
);
const ProblemDetailPage = lazy(() =>
  import('../features/problems/components/problem-detail-page').then((m) => ({ default: m.ProblemDetailPage })),
);
const SupervisionPage = lazy(() =>
  import('../features/supervision/components/supervision-page').then((m) => ({ default: m.SupervisionPage })),
);
const SupervisionDetailPage = lazy(() =>
  import('../features/supervision/components/supervision-detail-page').then((m) => ({
    default: m.SupervisionDetailPage,
  })),
);
const FormalitiesPage = lazy(() =>
  import('../features/formalities/components/formalities-page').then((m) => ({ default: m.FormalitiesPage })),
);
const AdminPage = lazy(() => import('../features/admin/components/admin-page').then((m) => ({ default: m.AdminPage })));

const comingSoon: RouteObject[] = MODULES.filter((m) => !m.built).map((m) => ({
  path: `${m.path.slice(1)}/*`,
  element: <ComingSoonPage module={m.key} />,
}));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'projects',
        element: <Outlet />,
        children: [
          { index: true, element: <RegistryPage /> },
          {
            path: 'new',
            element: (
              <RequireRole roles={['office', 'admin']}>
                <ProjectCreatePage />
              </RequireRole>
            ),
          },
          { path: ':id', element: <ProjectDetailPage /> },
          { path: ':id/edit', element: <ProjectEditPage /> },
          { path: ':id/reports/:period', element: <ReportFormPage /> },
        ],
      },
      { path: 'plans', element: <PlansPage /> },
      {
        path: 'reports',
        element: <Outlet />,
        children: [
          { index: true, element: <ReportsPage /> },
          {
            path: 'review',
            element: (
              <RequireRole roles={['unit', 'office', 'admin']}>
                <ReviewQueuePage />
              </RequireRole>
            ),
          },
        ],
      },
      { path: 'warnings', element: <WarningsPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'factors', element: <FactorsPage /> },
      {
        path: 'problems',
        element: <Outlet />,
        children: [
          { index: true, element: <ProblemsPage /> },
          { path: ':id', element: <ProblemDetailPage /> },
        ],
      },
      {
        path: 'supervision',
        element: <Outlet />,
        children: [
          { index: true, element: <SupervisionPage /> },
          { path: ':id', element: <SupervisionDetailPage /> },
        ],
      },
      { path: 'formalities', element: <FormalitiesPage /> },
      {
        path: 'admin',
        element: (
          <RequireRole roles={['admin', 'office']}>
            <AdminPage />
          </RequireRole>
        ),
      },
      ...comingSoon,
      { path: '*', element: <NotFoundResult /> },
    ],
  },
]);
