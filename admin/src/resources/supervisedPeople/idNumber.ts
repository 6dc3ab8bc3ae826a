const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdCheck = { ok: true; birthDate: string; sex: 'MALE' | 'FEMALE' } | { ok: false; key: string };

/**
 * The checks the API makes of an ID number that need no data (length, check digit, birth date), for
 * inline feedback while typing; the server still decides, including the region code.
 */
export function checkIdNumber(raw: string, today = new Date()): IdCheck {
  const v = raw.trim().toUpperCase();
  if (v.length !== 18) return { ok: false, key: 'length' };
  if (!/^\d{17}[\dX]$/.test(v)) return { ok: false, key: 'format' };
  const [y, m, d] = [Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14))];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date > today) return { ok: false, key: 'birthDate' };
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(v[i]), 0);
  if (CHECK[sum % 11] !== v[17]) return { ok: false, key: 'checkDigit' };
  return { ok: true, birthDate: `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`, sex: Number(v[16]) % 2 ? 'MALE' : 'FEMALE' };
}
