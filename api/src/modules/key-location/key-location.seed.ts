import type { EntityManager } from '@mikro-orm/postgresql';

const KINDS: [string, string][] = [
  ['学校', '小学'],
  ['加油站', '加油站'],
  ['河道', '河道'],
];

/** Demo: one key location in each grid of 鼓楼街道, a school, a petrol station or a river bank in turn. */
export async function seedKeyLocations(em: EntityManager): Promise<void> {
  await em.execute(
    `insert into key_location (grid_id, org_id, name, kind, address)
     select g.id, g.org_id, o.name || g.number || '号网格' || (array[${KINDS.map(() => '?').join(', ')}])[g.id % 3 + 1],
            (array[${KINDS.map(() => '?').join(', ')}])[g.id % 3 + 1], o.name || g.number || '号网格内'
       from grid g join org o on o.id = g.org_id
      where starts_with(o.path, (select path from org where code = '110118001000'))`,
    [...KINDS.map((k) => k[1]), ...KINDS.map((k) => k[0])],
  );
}
