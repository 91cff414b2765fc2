import { describe, expect, it } from 'vitest';
import { canonicalJson, diffSnapshots, entryHash, GENESIS_HASH } from './journal-hash.js';

const fields = {
  at: '2026-03-05T08:00:00.000Z',
  districtId: 'd1',
  actorUserId: 'u1',
  entity: 'project',
  entityId: 'p1',
  action: 'update',
  before: { name: '甲', n: 1 },
  after: { name: '乙', n: 1 },
  reason: null,
};

describe('canonicalJson', () => {
  it('sorts keys at every depth so storage order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('entryHash', () => {
  it('is the SHA-256 of the previous hash and the canonical entry', () => {
    const h = entryHash(GENESIS_HASH, fields);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS_HASH, { ...fields, before: { n: 1, name: '甲' } })).toBe(h);
  });

  it('changes with any field and with the previous hash', () => {
    const h = entryHash(GENESIS_HASH, fields);
    expect(entryHash(GENESIS_HASH, { ...fields, reason: 'x' })).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...fields, after: { name: '丙', n: 1 } })).not.toBe(h);
    expect(entryHash('f'.repeat(64), fields)).not.toBe(h);
  });
});

describe('diffSnapshots', () => {
  it('lists changed fields only, ignoring the version', () => {
    expect(diffSnapshots({ a: 1, b: [1, 2], version: 1 }, { a: 1, b: [1, 3], c: 'x', version: 2 })).toEqual([
      { field: 'b', from: [1, 2], to: [1, 3] },
      { field: 'c', from: null, to: 'x' },
    ]);
    expect(diffSnapshots(null, { a: 1 })).toEqual([{ field: 'a', from: null, to: 1 }]);
  });
});
