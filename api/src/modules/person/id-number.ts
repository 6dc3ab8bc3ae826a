import regions from './region-codes.json';

/** GB 11643 citizen ID number: 6-digit region, 8-digit birth date, 3-digit sequence (odd for men), ISO 7064 MOD 11-2 check character. */
export type IdNumberProblem = 'length' | 'format' | 'region' | 'birthDate' | 'checkDigit';

export type IdNumberResult = { ok: true; value: string; birthDate: string; sex: 'MALE' | 'FEMALE' } | { ok: false; problem: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set(regions.provinces);
const CITIES = new Set(regions.cities);
const COUNTIES = new Set(regions.counties);
/** 北京, 天津, 上海, 重庆: before their counties became districts they were numbered under a `xx02` "县" prefix. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** The check character of the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * A region code is known when it is a current county-level code, or — since abolished and renumbered
 * counties keep their numbers on ID cards for life — when its prefecture (or a municipality's former
 * county prefix) is known. Codes of no province or prefecture are refused.
 */
export function knownRegion(code: string): boolean {
  if (COUNTIES.has(code)) return true;
  const province = code.slice(0, 2);
  if (!PROVINCES.has(province)) return false;
  const city = code.slice(0, 4);
  return CITIES.has(city) || (MUNICIPALITIES.has(province) && city.endsWith('02'));
}

function realDate(yyyymmdd: string, today: Date): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (date.getTime() > today.getTime()) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** Validates an 18-character ID number (a lower-case x is read as X) and derives the birth date and sex from it. */
export function parseIdNumber(raw: string, today: Date = new Date()): IdNumberResult {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'format' };
  if (!knownRegion(value.slice(0, 6))) return { ok: false, problem: 'region' };
  const birthDate = realDate(value.slice(6, 14), today);
  if (!birthDate) return { ok: false, problem: 'birthDate' };
  if (checkCharacter(value) !== value[17]) return { ok: false, problem: 'checkDigit' };
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** A valid ID number from its parts, for demo data and tests: region (6), birth date (YYYYMMDD), sequence (3). */
export function makeIdNumber(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** `110118199001011234` → `110118********1234`: the region stays, the birth date and sequence go. */
export function maskIdNumber(value: unknown): unknown {
  if (typeof value !== 'string' || value.length < 10) return value == null ? value : '****';
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}
