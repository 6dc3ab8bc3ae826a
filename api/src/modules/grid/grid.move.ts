import type { EntityManager } from '@mikro-orm/postgresql';
import type { GridMove } from '../../core/module';
import type { Registry } from '../../core/registry';

/**
 * The rows that store the grid's org next to the grid follow it to its new org, or the old org keeps
 * reading them and the new one never does: each module moves its own (`moveWithGrid` in its
 * manifest). Run inside the move's transaction; returns the counts by kind for the audit entry.
 */
export async function moveGridContents(registry: Registry, em: EntityManager, move: GridMove): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const m of registry.modules) if (m.moveWithGrid) Object.assign(moved, await m.moveWithGrid(em, move));
  return moved;
}
