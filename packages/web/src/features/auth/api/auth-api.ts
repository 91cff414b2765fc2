import type { LoginBody, SessionResponse } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export function login(body: LoginBody): Promise<SessionResponse> {
  // A 401 here means wrong credentials, not an expired session.
  return api.post<SessionResponse>('/auth/login', body, { ignoreUnauthenticated: true });
}

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout', undefined, { ignoreUnauthenticated: true });
}
