import { defineModule } from '../../core/module';
import { KeyLocation } from './key-location.entity';
import { keyLocationGrants, keyLocationPolicy } from './key-location.policy';
import { KeyLocationResolver, keyLocationRelations } from './key-location.resolver';
import { seedKeyLocations } from './key-location.seed';

/** 重点部位: places in a grid its staff keep an eye on. The small example module of the README's "Add a module". */
export const keyLocationModule = defineModule({
  name: 'key-location',
  entities: [KeyLocation],
  resolvers: [KeyLocationResolver],
  relations: { KeyLocation: keyLocationRelations },
  subjects: { KeyLocation: keyLocationPolicy },
  grants: keyLocationGrants,
  demoSeed: seedKeyLocations,
  references: [
    { table: 'key_location', column: 'grid_id', target: 'Grid', kind: 'ref.keyLocation' },
    { table: 'key_location', column: 'org_id', target: 'Org', kind: 'ref.keyLocation' },
  ],
  async moveWithGrid(em, { gridId, toOrgId }) {
    const moved = await em.execute<{ id: string }[]>(
      'update key_location set org_id = ?, version = version + 1, updated_at = now() where grid_id = ? returning id',
      [toOrgId, gridId],
    );
    return { keyLocations: moved.length };
  },
  messages: { zh: { 'ref.keyLocation': '重点部位' }, en: { 'ref.keyLocation': 'key locations' } },
});
