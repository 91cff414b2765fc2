import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from './fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from './harness.js';
import { multipartBody } from './multipart.js';

// The authorization matrix: every route × every role × a project in scope ("in": a1, led by
// `leader`, in the charge of `unit`, owned by `owner`), one in the same district but nobody's of
// those three ("same": a2), and one of district B ("other": b1), outside everyone's scope here.

export const MATRIX_ROLES = ['admin', 'office', 'supervisor', 'leader', 'unit', 'owner'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number] | 'anonymous';
export type MatrixRow = 'in' | 'same' | 'other';
type Client = Pick<Session, 'get' | 'post' | 'patch' | 'put' | 'delete' | 'upload'>;

export type RowCase = {
  name: string;
  call: (role: MatrixRole, row: MatrixRow) => Promise<LightMyRequestResponse>;
  expect: Record<MatrixRole, [number, number, number]>;
};
export type CollectionCase = {
  name: string;
  call: (role: MatrixRole) => Promise<LightMyRequestResponse>;
  expect: Record<MatrixRole, number>;
};

/** A fresh app on the fixture world, with a session per role (and `officeB` of district B). */
export function matrixWorld() {
  let ctx: TestContext;
  let world: World;
  const sessions: Record<string, Session> = {};
  beforeAll(async () => {
    ctx = await createTestApp();
    world = await buildWorld(ctx.database.db);
    for (const r of [...MATRIX_ROLES, 'officeB'] as const) sessions[r] = await signIn(ctx.app, r, PASSWORD);
  });
  const anonymous: Client = {
    get: (url) => ctx.app.inject({ method: 'GET', url }),
    post: (url, body) => ctx.app.inject({ method: 'POST', url, payload: body ?? {} }),
    patch: (url, body) => ctx.app.inject({ method: 'PATCH', url, payload: body ?? {} }),
    put: (url, body) => ctx.app.inject({ method: 'PUT', url, payload: body ?? {} }),
    delete: (url) => ctx.app.inject({ method: 'DELETE', url }),
    upload: (url, files) => {
      const body = multipartBody(files);
      return ctx.app.inject({ method: 'POST', url, headers: body.headers, payload: body.payload });
    },
  };
  return {
    get w(): World {
      return world;
    },
    /** The test database, for rows no route makes (notifications). */
    get db(): TestContext['database']['db'] {
      return ctx.database.db;
    },
    session: (name: string): Session => sessions[name]!,
    as: (role: MatrixRole): Client => (role === 'anonymous' ? anonymous : sessions[role]!),
    pid: (row: MatrixRow): string =>
      row === 'in' ? world.projects.a1.id : row === 'same' ? world.projects.a2.id : world.projects.b1.id,
  };
}

export function describeRowMatrix(cases: RowCase[]): void {
  describe.each(cases)('$name', (c) => {
    it.each([...MATRIX_ROLES, 'anonymous'] as MatrixRole[])('as %s', async (role) => {
      const got = [];
      for (const row of ['in', 'same', 'other'] as const) got.push((await c.call(role, row)).statusCode);
      expect(got).toEqual(c.expect[role]);
    });
  });
}

export function describeCollectionMatrix(cases: CollectionCase[]): void {
  describe.each(cases)('$name', (c) => {
    it.each([...MATRIX_ROLES, 'anonymous'] as MatrixRole[])('as %s', async (role) => {
      expect((await c.call(role)).statusCode).toBe(c.expect[role]);
    });
  });
}
