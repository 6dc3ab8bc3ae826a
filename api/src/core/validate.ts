import { FieldErrors } from './errors';

export { FieldErrors };

/** Trims a text field and records why it is unacceptable; returns the trimmed value (or null when empty). */
export function text(errors: FieldErrors, field: string, value: string | null | undefined, { required = false, max = 100 } = {}) {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) errors.add(field, 'field.required');
    return null;
  }
  if (v.length > max) errors.add(field, 'field.tooLong', { max });
  return v;
}

export function intRange(errors: FieldErrors, field: string, value: number | null | undefined, min: number, max: number) {
  if (value == null) return value;
  if (value < min) errors.add(field, 'field.min', { min });
  else if (value > max) errors.add(field, 'field.max', { max });
  return value;
}

/** Ids are bigint keys; anything else can name no record. */
export const isId = (id: unknown): id is string => typeof id === 'string' && /^[1-9]\d{0,17}$/.test(id);
