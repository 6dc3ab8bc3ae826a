import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Statement } from './rows';

/**
 * Distinct statement texts run as named prepared statements; past this many, a text runs unnamed (still with
 * parameters). Each is kept by every pooled connection that ran it, so the bound keeps the server's memory bounded.
 */
export const PREPARED_MAX = 200;

const names = new Map<string, string>();

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
  connection: { parsedStatements: Record<string, string> };
}

/** `?` placeholders as `$1…$n`, outside quoted literals and identifiers; null when their count is not `count`. */
export function positional(sql: string, count: number): string | null {
  let n = 0;
  let quote: string | null = null;
  let out = '';
  for (const c of sql) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '?') {
      out += `$${++n}`;
      continue;
    }
    out += c;
  }
  return n === count ? out : null;
}

/**
 * A read outside any transaction, as a prepared statement: PostgreSQL plans it once per connection instead of
 * on every request (for a list with its relations, planning was more than half of the database's time).
 * The caller's scope and every other value travel as parameters, so one text serves every caller. In a
 * transaction, or for a text whose placeholders cannot be numbered, it runs through MikroORM as before.
 */
export async function executeRead<T extends Record<string, unknown>>(em: EntityManager, { sql, params }: Statement): Promise<T[]> {
  const text = em.getTransactionContext() ? null : positional(sql, params.length);
  if (text === null) return em.execute<T[]>(sql, params);
  let name = names.get(text);
  if (!name && names.size < PREPARED_MAX) names.set(text, (name = `r${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`));
  const knex = em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  const logger = em.config.getLogger();
  const run = async () => {
    const started = Date.now();
    const { rows } = await client.query({ name, text, values: params });
    // Logged as MikroORM logs its own statements (`debug: ['query']`), values inlined.
    if (logger.isEnabled('query'))
      logger.logQuery({ query: em.getPlatform().formatQuery(sql, params), took: Date.now() - started, results: rows.length, level: 'info' });
    return rows as T[];
  };
  try {
    try {
      return await run();
    } catch (error) {
      // After a migration changed a table under it, a prepared `t.*` fails for good on that connection: prepare it anew.
      if (!name || (error as { code?: string }).code !== '0A000' || !client.connection.parsedStatements[name]) throw error;
      await client.query({ text: `deallocate "${name}"`, values: [] });
      delete client.connection.parsedStatements[name];
      return await run();
    }
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  } finally {
    knex.client.releaseConnection(client);
  }
}
