import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, Role, SessionResponse } from '@tuijin/shared';
import { api, isApiError, setCsrfToken, setUnauthenticatedHandler } from './api-client';

const SESSION_KEY = ['session'] as const;

type SessionValue = {
  user: Me | null;
  loading: boolean;
  signedIn: (session: SessionResponse) => void;
  signedOut: () => void;
};

const SessionContext = createContext<SessionValue | null>(null);

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.get<SessionResponse>('/auth/me', { ignoreUnauthenticated: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 'unauthenticated') || (isApiError(error) && error.status === 401)) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: 1 });

  const signedOut = useCallback(() => {
    setCsrfToken(null);
    // Data of the previous user must not leak into the next session on a shared computer.
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    queryClient.setQueryData(SESSION_KEY, null);
  }, [queryClient]);

  const signedIn = useCallback(
    (session: SessionResponse) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, session);
    },
    [queryClient],
  );

  useEffect(() => {
    setUnauthenticatedHandler(signedOut);
    return () => setUnauthenticatedHandler(null);
  }, [signedOut]);

  const value = useMemo<SessionValue>(
    () => ({ user: query.data?.user ?? null, loading: query.isPending, signedIn, signedOut }),
    [query.data, query.isPending, signedIn, signedOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useMe(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useMe without a signed-in user');
  return user;
}

export function hasAnyRole(user: Me | null, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}
