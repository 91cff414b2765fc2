import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// PostgreSQL refuses to run as root. When Tuijin runs as root it runs the embedded server as a
// dedicated system user, created on first use.

export const PG_OS_USER = 'tuijin-pg';

export type OsUser = { uid: number; gid: number } | null;

function lookup(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** The user to run PostgreSQL as, or null to run it as the current (non-root) user. */
export function ensurePostgresOsUser(): OsUser {
  if (process.getuid?.() !== 0) return null;
  const existing = lookup(PG_OS_USER);
  if (existing) return existing;
  try {
    execFileSync(
      'useradd',
      ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', '--user-group', PG_OS_USER],
      {
        stdio: 'pipe',
      },
    );
  } catch (err) {
    throw new Error(
      `Running as root, Tuijin needs a system user "${PG_OS_USER}" to run the embedded PostgreSQL, ` +
        `and could not create it (${(err as Error).message.trim()}). Create it with: ` +
        `useradd --system --no-create-home --user-group ${PG_OS_USER}`,
    );
  }
  const created = lookup(PG_OS_USER);
  if (!created) throw new Error(`The user ${PG_OS_USER} was created but cannot be found`);
  return created;
}

/** The folders above `target` that the PostgreSQL user may not enter. */
export function blockedFolders(target: string, user: OsUser): string[] {
  if (!user) return [];
  let current = path.resolve(target);
  const blocked: string[] = [];
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    const st = fs.statSync(current);
    const searchable = st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001;
    if (!searchable) blocked.push(current);
  }
  return blocked;
}

/** Every folder above `dir` must be searchable by the PostgreSQL user, or it cannot reach its data. */
export function assertReachable(dir: string, user: OsUser): void {
  const blocked = blockedFolders(dir, user);
  if (blocked.length > 0) {
    throw new Error(
      `The embedded PostgreSQL runs as the user ${PG_OS_USER}, which cannot enter ${blocked.join(', ')}. ` +
        `Use a TUIJIN_DATA_DIR outside it, or allow it with: chmod o+x ${blocked.join(' ')}`,
    );
  }
}
