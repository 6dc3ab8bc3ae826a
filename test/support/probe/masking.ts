/**
 * How many real values a masked one could stand for, given what else the same record shows.
 * Written here from GB 11643 (not imported from the API) so the probe does not check the code with itself.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Every calendar day from 1900-01-01 to today as YYYYMMDD. */
const DAYS: string[] = (() => {
  const out: string[] = [];
  for (let t = Date.UTC(1900, 0, 1); t <= Date.now(); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10).replaceAll('-', ''));
  return out;
})();

/** What a record shows next to a masked ID number that narrows it. */
export interface IdNumberContext {
  birthDate?: string | null;
  sex?: string | null;
  /** Any other visible field giving the age in whole years. */
  age?: number | null;
}

/**
 * Candidates for an 18-character ID number with `*` for hidden characters: digits filling the stars
 * such that the birth date (characters 7–14) is a real day, the check character matches, and every
 * visible field agrees. Birth-date stars are enumerated over real days; other stars multiply by 10
 * (a sequence digit) — an upper bound where the check character is hidden too.
 */
export function idNumberCandidates(masked: string, ctx: IdNumberContext): number {
  const key = `${masked}|${ctx.birthDate ?? ''}|${ctx.sex ?? ''}|${ctx.age ?? ''}`;
  if (!CACHE.has(key)) CACHE.set(key, countIdNumbers(masked, ctx));
  return CACHE.get(key)!;
}

const CACHE = new Map<string, number>();

function countIdNumbers(masked: string, ctx: IdNumberContext): number {
  if (masked.length !== 18 || !masked.includes('*')) return 1;
  const fits = (pattern: string, value: string) => [...pattern].every((c, i) => c === '*' || c === value[i]);
  const birthPattern = masked.slice(6, 14);
  const days = DAYS.filter(
    (d) => fits(birthPattern, d) && (!ctx.birthDate || ctx.birthDate.replaceAll('-', '') === d) && (ctx.age == null || ageOn(d) === ctx.age),
  );
  const otherStars = [...(masked.slice(0, 6) + masked.slice(14, 17))].filter((c) => c === '*').length;
  const sexDigit = masked[16]!;
  const sexFactor = sexDigit === '*' && ctx.sex ? 0.5 : 1;
  if (otherStars > 0 || masked[17] === '*') return Math.round(days.length * 10 ** otherStars * sexFactor * (masked[17] === '*' ? 1 : 1 / 11));
  return days.filter((d) => checkCharacter(masked.slice(0, 6) + d + masked.slice(14, 17)) === masked[17]).length;
}

function ageOn(yyyymmdd: string): number {
  const now = new Date();
  const [y, m, d] = [Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8))];
  return now.getUTCFullYear() - y - (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d) ? 1 : 0);
}

/** Candidates for a masked phone number: 10 per hidden digit. */
export function phoneCandidates(masked: string): number {
  return 10 ** [...masked].filter((c) => c === '*').length;
}

/** Candidates for any value of a masked field; a value without a mask is exactly one. */
export function candidates(field: string, value: string, record: Record<string, unknown>): number {
  if (!value.includes('*')) return 1;
  if (field === 'idNumber') {
    return idNumberCandidates(value, {
      birthDate: record.birthDate as string | undefined,
      sex: record.sex as string | undefined,
      age: record.age as number | undefined,
    });
  }
  return phoneCandidates(value);
}

export const MIN_CANDIDATES = 1000;
