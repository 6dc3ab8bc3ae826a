import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Dictionary } from '../dictionary/dictionary.entity';
import type { FieldErrors } from '../../core/validate';
import { t } from '../../core/i18n';
import { text } from '../../core/validate';
import { parseIdNumber } from './id-number';
import { PERSON_CATEGORY, RiskLevel, Sex } from './person.enums';
import { beijingToday } from '../../core/calendar';

/** A JS Date from the Date scalar (UTC midnight) → `YYYY-MM-DD`. */
export const isoDate = (d: Date | string | null | undefined): string | null | undefined => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

/** Whether a `YYYY-MM-DD` day lies after today in Beijing (a visit at 00:30 is dated today there, yesterday in UTC). */
export const isFutureDay = (date: string, now: Date = new Date()): boolean => date > beijingToday(now);

const PHONE = /^[0-9+\-() ]{5,20}$/;

export interface PersonValues {
  name: string;
  idNumber: string;
  sex: Sex;
  birthDate: string;
  ethnicity: string | null;
  phone: string | null;
  address: string | null;
  offenceSummary: string | null;
  riskLevel: RiskLevel;
  supervisionStart: string | null;
  supervisionEnd: string | null;
  notes: string | null;
}

export interface PersonInput {
  name?: string | null;
  idNumber?: string | null;
  sex?: Sex | null;
  birthDate?: string | null;
  ethnicity?: string | null;
  phone?: string | null;
  address?: string | null;
  offenceSummary?: string | null;
  riskLevel?: RiskLevel | null;
  supervisionStart?: string | null;
  supervisionEnd?: string | null;
  notes?: string | null;
}

/**
 * Checks a person's own fields (after merging an update onto the stored values) and records every
 * problem by field name. The ID number decides sex and birth date; entered values must agree with it.
 * Messages never repeat the ID number itself.
 */
export function checkPersonValues(errors: FieldErrors, input: PersonInput): PersonValues {
  const name = text(errors, 'name', input.name, { required: true, max: 50 });
  const raw = input.idNumber?.trim() ?? '';
  let idNumber = raw.toUpperCase();
  let sex = input.sex ?? null;
  let birthDate = input.birthDate ?? null;
  if (!raw) errors.add('idNumber', 'field.required');
  else {
    const parsed = parseIdNumber(raw);
    if (!parsed.ok) errors.add('idNumber', `person.idNumber.${parsed.problem}`);
    else {
      idNumber = parsed.value;
      if (sex && sex !== parsed.sex) errors.add('sex', 'person.derivedMismatch', { expected: t(`person.sex.${parsed.sex}`) });
      if (birthDate && birthDate !== parsed.birthDate) errors.add('birthDate', 'person.derivedMismatch', { expected: parsed.birthDate });
      sex = parsed.sex as Sex;
      birthDate = parsed.birthDate;
    }
  }
  const phone = text(errors, 'phone', input.phone, { max: 30 });
  if (phone && !PHONE.test(phone)) errors.add('phone', 'field.format');
  const start = input.supervisionStart ?? null;
  const end = input.supervisionEnd ?? null;
  if (start && end && end < start) errors.add('supervisionEnd', 'person.period');
  return {
    name: name ?? '',
    idNumber,
    sex: sex ?? Sex.MALE,
    birthDate: birthDate ?? '',
    ethnicity: text(errors, 'ethnicity', input.ethnicity, { max: 20 }),
    phone,
    address: text(errors, 'address', input.address, { max: 200 }),
    offenceSummary: text(errors, 'offenceSummary', input.offenceSummary, { max: 2000 }),
    riskLevel: input.riskLevel ?? RiskLevel.LOW,
    supervisionStart: start,
    supervisionEnd: end,
    notes: text(errors, 'notes', input.notes, { max: 2000 }),
  };
}

/** The enabled PERSON_CATEGORY entries by code (one query; categories are few). */
export async function personCategories(em: EntityManager): Promise<Map<string, Dictionary>> {
  const rows = await em.find(Dictionary, { type: PERSON_CATEGORY, enabled: true });
  return new Map(rows.map((d) => [d.code, d]));
}

/** Stands in for offence details in audit entries: shows that they changed without what they say. */
export const fingerprint = (value: string | null | undefined) => (value ? `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 12)}` : null);
