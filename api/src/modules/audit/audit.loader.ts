import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import type { Loaders } from '../../core/loaders';
import type { SubjectType } from '../../core/module';
import { isId } from '../../core/validate';

/** Whether the caller may read the record an audit entry is about, keyed `Type:id`; one query per type. */
declare module '../../core/loaders' {
  interface Loaders {
    auditTargetReadable: DataLoader<string, boolean>;
  }
}

export function auditLoaders(ctx: Context): Pick<Loaders, 'auditTargetReadable'> {
  return {
    auditTargetReadable: new DataLoader<string, boolean>(async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const [type, id] = key.split(':') as [string, string];
        if (isId(id)) byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const readable = new Set<string>();
      for (const [type, ids] of byType) {
        const entity = ctx.em.getMetadata().find(type);
        const scope = (ctx.registry.subjects as readonly string[]).includes(type) ? ctx.where('read', type as SubjectType) : null;
        if (!entity || !scope) continue;
        const rows = await ctx.em.find(entity.class, { $and: [{ id: { $in: ids } }, scope] } as never, { fields: ['id'] as never });
        for (const row of rows as { id: string }[]) readable.add(`${type}:${row.id}`);
      }
      return keys.map((k) => readable.has(k));
    }),
  };
}
