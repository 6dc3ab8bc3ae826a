/** A PostgreSQL array literal (`{"a","b"}`) for one `?::text[]` binding: knex would spread a JS array into a list. */
export const pgArray = (values: readonly (string | number)[]): string => `{${values.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
