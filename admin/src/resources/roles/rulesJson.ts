/**
 * The rules textarea holds JSON text while the record holds the parsed array: text that does not
 * parse stays a string, which `validateRules` then reports.
 */
export const formatRules = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value ?? [], null, 2));

export const parseRules = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const isRule = (rule: unknown): boolean => typeof rule === 'object' && rule !== null && 'action' in rule && 'subject' in rule;

export const validateRules = (value: unknown): string | undefined => {
  if (typeof value === 'string') return 'gridgov.roles.invalid_json';
  if (!Array.isArray(value) || !value.every(isRule)) return 'gridgov.roles.not_rule_array';
  return undefined;
};
