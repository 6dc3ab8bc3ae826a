import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { t } from './i18n';
import type { ErrorCode } from './errors';

const CLIENT_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'ACCOUNT_LOCKED',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
]);

/** Digit runs long enough to be a phone or ID number never reach a log line. */
export const scrub = (s: string) => s.replace(/\d{7,}/g, (m) => `${m.slice(0, 3)}****`);

function shaped(code: ErrorCode, message: string, formatted: GraphQLFormattedError, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extra, code } };
}

/**
 * The one place errors become responses: our own errors pass as they are, database conflicts become
 * CONFLICT, protection limits QUERY_TOO_COMPLEX, malformed requests BAD_USER_INPUT, and anything else
 * a bare INTERNAL_SERVER_ERROR with no stack, SQL or values (those go to the log, scrubbed).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (m: string) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  if (original instanceof OptimisticLockError) return shaped('CONFLICT', t('conflict.version'), formatted);
  if (original instanceof UniqueConstraintViolationException) return shaped('CONFLICT', t('conflict.duplicate', { field: '' }), formatted);
  // PostgreSQL's statement_timeout cancelled the query (SQLSTATE 57014 query_canceled): the caller is told
  // to narrow it, and the log says which statement, so a cut-off that hits ordinary requests is seen.
  if (original instanceof DriverException && original.code === '57014') {
    log(`statement timeout: ${scrub(original.message.split('\n')[0] ?? '')}`);
    return shaped('QUERY_TOO_COMPLEX', t('statementTimeout'), formatted);
  }
  if (original instanceof ForeignKeyConstraintViolationException) return shaped('CONFLICT', t('conflict.inUse', { type: '' }), formatted);
  if (code && CLIENT_CODES.has(code) && !(original instanceof DriverException)) {
    // A client error with a cause underneath (a file a library could not read) says in the log what it was.
    const cause = original instanceof Error ? original.cause : undefined;
    if (cause instanceof Error) log(`${code} caused by ${cause.name}: ${scrub(cause.message.split('\n')[0] ?? '')}`);
    const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // graphql-armor's validation rules and graphql-js's token limit say so only in their messages.
  const overLimit = /^Syntax Error: .*(limit of \d+ exceeded|more tha[nt] \d+ tokens)/i.test(formatted.message);
  if ((code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') && overLimit) {
    return shaped('QUERY_TOO_COMPLEX', t('tooComplex', { detail: formatted.message.replace(/^Syntax Error: /, '') }), formatted);
  }
  if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST' || code === 'OPERATION_RESOLUTION_FAILURE') {
    return shaped('BAD_USER_INPUT', t('badRequest', { detail: formatted.message }), formatted);
  }
  const err = original instanceof Error ? original : new Error(String(original));
  log(`internal error: ${err.name}: ${scrub(err.message.split('\n')[0] ?? '')}`);
  return shaped('INTERNAL_SERVER_ERROR', t('internal'), formatted);
}
