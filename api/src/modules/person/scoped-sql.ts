import type { EntityManager } from '@mikro-orm/postgresql';
import { SupervisedPerson } from './person.entity';

/**
 * The ids of the people matching MikroORM conditions (the caller's scope and filters), as an SQL
 * subquery with `?` placeholders: aggregates in raw SQL then apply exactly the scope the lists do.
 */
export function personIdsSql(em: EntityManager, where: Record<string, unknown>): { sql: string; params: unknown[] } {
  const { sql, bindings } = em.createQueryBuilder(SupervisedPerson, 'sp').select('sp.id').where(where).getKnexQuery().toSQL();
  return { sql, params: [...bindings] };
}
