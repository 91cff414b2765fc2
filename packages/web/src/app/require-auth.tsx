import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@tuijin/shared';
import { ForbiddenResult, PageSpin } from '../components/page-states';
import { hasAnyRole, useSession } from '../lib/session-context';

/** Sends anonymous visitors to the sign-in page, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageSpin />;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return <>{children}</>;
}

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  return hasAnyRole(user, roles) ? <>{children}</> : <ForbiddenResult />;
}
