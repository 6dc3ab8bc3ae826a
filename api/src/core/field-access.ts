import type { AppAbility } from './ability';
import type { Registry } from './registry';

export type FieldAccess = 'full' | 'masked' | 'hidden';

/** `13812345678` → `138****5678` */
export function maskPhone(value: unknown): unknown {
  if (typeof value !== 'string' || value.length < 7) return value == null ? value : '****';
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** `10.1.2.3` → `10.1.*.*` */
export function maskIp(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const parts = value.split('.');
  return parts.length === 4 ? `${parts[0]}.${parts[1]}.*.*` : value.replace(/[^:]+$/, '*');
}

/**
 * `action` on a field, decided for every row at once (the type, not a record): any denial naming the
 * field wins over grants, whatever their order or role, so a grant with conditions cannot unmask rows
 * it was not meant for.
 */
function allows(ability: AppAbility, action: string, subject: string, field: string): boolean {
  const rules = ability.rulesFor(action, subject, field);
  return !rules.some((r) => r.inverted && r.fields) && ability.can(action, subject, field);
}

/**
 * Field rules apply per type: a field is full if `read` allows it, masked if `read_masked` does, else
 * hidden. A field that gives back what a mask hides (`rebuilds` in the subject's policy) is shown only
 * to a reader who sees the masked field in full.
 */
export function fieldAccess(registry: Registry, ability: AppAbility, subject: string, field: string): FieldAccess {
  const source = registry.rebuilds[subject]?.[field];
  if (source && fieldAccess(registry, ability, subject, source) !== 'full') return 'hidden';
  if (allows(ability, 'read', subject, field)) return 'full';
  if (registry.maskable[subject]?.[field] && allows(ability, 'read_masked', subject, field)) return 'masked';
  return 'hidden';
}

export function applyAccess(registry: Registry, subject: string, field: string, access: FieldAccess, value: unknown): unknown {
  if (access === 'full' || value == null) return value;
  if (access === 'masked') return registry.maskable[subject]![field]!(value);
  return null;
}

/**
 * Sensitive values (those with a masked form) masked, for audit entries and logs, whoever reads them
 * later; values that would rebuild a masked one are left out (the key stays: it names a changed field).
 */
export function maskSensitive(registry: Registry, subject: string, record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const [field, masker] of Object.entries(registry.maskable[subject] ?? {})) {
    if (masker && out[field] != null) out[field] = masker(out[field]);
  }
  for (const field of Object.keys(registry.rebuilds[subject] ?? {})) if (out[field] != null) out[field] = null;
  return out;
}
