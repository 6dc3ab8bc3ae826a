import type DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { byId, type Loaders } from '../../core/loaders';
import { defineModule } from '../../core/module';
import { Dictionary } from './dictionary.entity';
import { dictionaryGrants, dictionaryPolicy } from './dictionary.policy';
import { DictionaryResolver } from './dictionary.resolver';

function dictionaryLoaders(ctx: Context): Pick<Loaders, 'dictionaryById'> {
  return { dictionaryById: byId(ctx, Dictionary, 'Dictionary') };
}
declare module '../../core/loaders' {
  interface Loaders {
    dictionaryById: DataLoader<string, Dictionary | null>;
  }
}

export const dictionaryModule = defineModule({
  name: 'dictionary',
  entities: [Dictionary],
  resolvers: [DictionaryResolver],
  subjects: { Dictionary: dictionaryPolicy },
  grants: dictionaryGrants,
  loaders: dictionaryLoaders,
});
