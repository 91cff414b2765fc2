import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';

// Queries of the factor requests (要素保障): a page with names, one request, the ledger's figures.

export type FactorRow = {
  id: string;
  district_id: string;
  project_id: string;
  project_name: string;
  owner_unit_id: string;
  factor: string;
  detail: string;
  amount: string;
  unit_of_measure: string;
  supplier_unit_id: string | null;
  supplier_name: string | null;
  status: string;
  supplied_amount: string;
  note: string;
  created_by: string | null;
  creator_name: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  total: number;
};

const SORTS: Record<string, SQL> = {
  createdAt: sql`f.created_at`,
  updatedAt: sql`f.updated_at`,
  amount: sql`f.amount`,
  unmet: sql`CASE WHEN f.status = 'withdrawn' THEN 0 ELSE greatest(f.amount - f.supplied_amount, 0) END`,
};

export type FactorFilter = {
  projectId?: string;
  factor?: string[];
  status?: string[];
  supplierUnitId?: string;
  districtId?: string;
};

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function whereOf(visible: SQL, f: FactorFilter): SQL {
  const where: SQL[] = [visible];
  if (f.projectId) where.push(sql`f.project_id = ${f.projectId}`);
  if (f.factor?.length) where.push(sql`f.factor IN (${list(f.factor)})`);
  if (f.status?.length) where.push(sql`f.status IN (${list(f.status)})`);
  if (f.supplierUnitId) where.push(sql`f.supplier_unit_id = ${f.supplierUnitId}`);
  if (f.districtId) where.push(sql`f.district_id = ${f.districtId}`);
  return sql.join(where, sql` AND `);
}

/** An amount written with its factor's decimals (funds: 元 with two, talent: whole persons, else four). */
const inMeasure = (col: SQL) =>
  sql`CASE f.factor WHEN 'funds' THEN round(${col}, 2)::text WHEN 'talent' THEN round(${col}, 0)::text ELSE ${col}::text END`;

const SELECT = sql`
  SELECT f.id, f.district_id, f.project_id, projects.name AS project_name, projects.owner_unit_id, f.factor, f.detail,
    ${inMeasure(sql`f.amount`)} AS amount, f.unit_of_measure, f.supplier_unit_id, s.name AS supplier_name, f.status,
    ${inMeasure(sql`f.supplied_amount`)} AS supplied_amount, f.note, f.created_by, c.display_name AS creator_name, f.created_at::text,
    f.updated_at::text, f.version, (count(*) OVER ())::int AS total
  FROM factor_requests f
  JOIN projects ON projects.id = f.project_id
  LEFT JOIN units s ON s.id = f.supplier_unit_id
  LEFT JOIN users c ON c.id = f.created_by`;

export async function listFactors(
  tx: Tx,
  visible: SQL,
  f: FactorFilter,
  sort: string,
  page: number,
  pageSize: number,
): Promise<FactorRow[]> {
  const key = SORTS[sort.replace(/^-/, '')] ?? SORTS.createdAt!;
  const r = await tx.execute<FactorRow>(sql`${SELECT}
    WHERE ${whereOf(visible, f)}
    ORDER BY ${key} ${sort.startsWith('-') ? sql`DESC` : sql`ASC`}, f.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  return r.rows;
}

export async function findFactor(tx: Tx, id: string, forUpdate = false): Promise<FactorRow | null> {
  // The row lock is taken apart: FOR UPDATE does not go with the list's window function.
  if (forUpdate) await tx.execute(sql`SELECT 1 FROM factor_requests WHERE id = ${id} FOR UPDATE`);
  const r = await tx.execute<FactorRow>(sql`${SELECT} WHERE f.id = ${id}`);
  return r.rows[0] ?? null;
}

/** What the ledger adds up, for every request the caller may see. */
export async function ledgerFigures(tx: Tx, visible: SQL, f: FactorFilter) {
  const r = await tx.execute<{ factor: string; detail: string; amount: string; supplied: string; status: string }>(sql`
    SELECT f.factor, f.detail, ${inMeasure(sql`f.amount`)} AS amount, ${inMeasure(sql`f.supplied_amount`)} AS supplied, f.status
    FROM factor_requests f JOIN projects ON projects.id = f.project_id
    WHERE ${whereOf(visible, f)}`);
  return r.rows;
}
