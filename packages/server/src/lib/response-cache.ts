import type { FastifyReply } from 'fastify';

// A small in-process cache of serialised JSON responses. An entry is served only while the
// data version it was made at is still the current one, read from the database on every
// request: a write on any app node changes the version, so no node serves a stale page.

type Entry = { version: string; json: string };

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly maxEntries = 2000) {}

  get(key: string, version: string): string | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert to keep the map in least-recently-used order.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.json;
  }

  set(key: string, version: string, json: string): void {
    this.entries.delete(key);
    this.entries.set(key, { version, json });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * Sends the cached JSON for (key, version), or produces, validates-by-serialising and caches it.
 * The serializer is the route's own response schema, so cached and fresh answers are identical.
 */
export async function sendCached<T>(
  reply: FastifyReply,
  cache: ResponseCache,
  key: string,
  version: string,
  produce: () => Promise<T>,
): Promise<FastifyReply> {
  const hit = cache.get(key, version);
  reply.header('x-cache', hit ? 'hit' : 'miss');
  if (hit) return reply.type('application/json; charset=utf-8').send(hit);
  const body = await produce();
  const serialized = reply.serialize(body);
  const json = typeof serialized === 'string' ? serialized : Buffer.from(serialized as ArrayBuffer).toString('utf8');
  cache.set(key, version, json);
  return reply.type('application/json; charset=utf-8').send(json);
}
