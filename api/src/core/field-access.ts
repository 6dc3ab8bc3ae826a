import { maskIdNumber } from '../modules/person/id-number';
import type { AppAbility } from './ability';

export type FieldAccess = 'full' | 'masked' | 'hidden';
type Masker = (value: unknown) => unknown;

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
 * Fields a role may withhold, per GraphQL type, with how a masked value looks (null: no masked form).
 * Each is nullable in the schema. Role rules may name only these in `fields`.
 */
export const RESTRICTABLE_FIELDS: Record<string, Record<string, Masker | null>> = {
  User: { phone: maskPhone, lockedUntil: null, lastLoginAt: null },
  Grid: { households: null, population: null, boundary: null, geojson: null },
  AuditLog: { ip: maskIp, before: null, after: null },
  SupervisedPerson: { idNumber: maskIdNumber, phone: maskPhone, offenceSummary: null, birthDate: null },
  Visit: { psychologicalState: null },
};

/**
 * GraphQL types whose restricted fields follow another subject's field rules: a support-group
 * contact's phone is personal data of the person's circle and is shown as the person's phone is.
 */
export const FIELD_RULES_OF: Record<string, { subject: string; fields: Record<string, string> }> = {
  SupportGroupMember: { subject: 'SupervisedPerson', fields: { phone: 'phone' } },
};

/**
 * Fields that give back what a mask hides: the birth date is exactly the 8 digits a masked ID number
 * withholds. Such a field is shown only to a reader who sees the masked field in full.
 */
export const REBUILDS: Record<string, Record<string, string>> = {
  SupervisedPerson: { birthDate: 'idNumber' },
};

/**
 * `action` on a field, decided for every row at once (the type, not a record): any denial naming the
 * field wins over grants, whatever their order or role, so a grant with conditions cannot unmask rows
 * it was not meant for.
 */
function allows(ability: AppAbility, action: string, subject: string, field: string): boolean {
  const rules = ability.rulesFor(action, subject, field);
  return !rules.some((r) => r.inverted && r.fields) && ability.can(action, subject, field);
}

/** Field rules apply per type: a field is full if `read` allows it, masked if `read_masked` does, else hidden. */
export function fieldAccess(ability: AppAbility, subject: string, field: string): FieldAccess {
  const source = REBUILDS[subject]?.[field];
  if (source && fieldAccess(ability, subject, source) !== 'full') return 'hidden';
  if (allows(ability, 'read', subject, field)) return 'full';
  if (RESTRICTABLE_FIELDS[subject]?.[field] && allows(ability, 'read_masked', subject, field)) return 'masked';
  return 'hidden';
}

export function applyAccess(subject: string, field: string, access: FieldAccess, value: unknown): unknown {
  if (access === 'full' || value == null) return value;
  if (access === 'masked') return RESTRICTABLE_FIELDS[subject]![field]!(value);
  return null;
}

/**
 * Sensitive values (those with a masked form) masked, for audit entries and logs, whoever reads them
 * later; values that would rebuild a masked one are left out (the key stays: it names a changed field).
 */
export function maskSensitive(subject: string, record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const [field, masker] of Object.entries(RESTRICTABLE_FIELDS[subject] ?? {})) {
    if (masker && out[field] != null) out[field] = masker(out[field]);
  }
  for (const field of Object.keys(REBUILDS[subject] ?? {})) if (out[field] != null) out[field] = null;
  return out;
}
