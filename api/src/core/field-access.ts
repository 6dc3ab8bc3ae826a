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

/** Field rules apply per type: a field is full if `read` allows it, masked if `read_masked` does, else hidden. */
export function fieldAccess(registry: Registry, ability: AppAbility, subject: string, field: string): FieldAccess {
  if (ability.can('read', subject, field)) return 'full';
  if (registry.maskable[subject]?.[field] && ability.can('read_masked', subject, field)) return 'masked';
  return 'hidden';
}

export function applyAccess(registry: Registry, subject: string, field: string, access: FieldAccess, value: unknown): unknown {
  if (access === 'full' || value == null) return value;
  if (access === 'masked') return registry.maskable[subject]![field]!(value);
  return null;
}

/** Sensitive values (those with a masked form) masked, for audit entries and logs, whoever reads them later. */
export function maskSensitive(registry: Registry, subject: string, record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const [field, masker] of Object.entries(registry.maskable[subject] ?? {})) {
    if (masker && out[field] != null) out[field] = masker(out[field]);
  }
  return out;
}
