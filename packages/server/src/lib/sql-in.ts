import { sql, type SQL } from 'drizzle-orm';

/** `column IN (values...)`, each value a parameter (callers give at least one value). */
export const inList = (col: SQL, values: string[]): SQL =>
  sql`${col} IN (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
