import crypto from 'node:crypto';

// Each journal entry carries the hash of the previous entry of its chain (one chain per
// district), so any edit, deletion or reordering of past entries is detectable.

export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = {
  at: string;
  districtId: string | null;
  actorUserId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
};

/** JSON with object keys sorted at every depth, so jsonb's own key order never matters. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, fields: HashedFields): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

/** The fields whose values differ between two snapshots, for showing a change. */
export function diffSnapshots(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { field: string; from: unknown; to: unknown }[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: { field: string; from: unknown; to: unknown }[] = [];
  for (const field of keys) {
    if (field === 'version') continue;
    const from = before?.[field] ?? null;
    const to = after?.[field] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) changes.push({ field, from, to });
  }
  return changes;
}
