import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { LoginBody } from '@tuijin/shared';
import { useSession } from '../../../lib/session-context';
import { login, logout } from '../api/auth-api';

export function useLogin(onSuccess: () => void) {
  const { signedIn } = useSession();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: (session) => {
      signedIn(session);
      onSuccess();
    },
  });
}

export function useLogout() {
  const { signedOut } = useSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Sign out locally even when the server call fails: the user asked to leave.
    onSettled: () => {
      signedOut();
      void navigate('/login', { replace: true });
    },
  });
}
