import { GraphQLError } from 'graphql';
import { t, type MessageKey, type MessageParams } from './i18n';

type Key = MessageKey | (string & {});

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'ACCOUNT_LOCKED'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  field: string;
  message: string;
}

/** An error meant for the client: a stable code, a message in the request's language, optional details. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, key: Key, params: MessageParams = {}, extensions: Record<string, unknown> = {}) {
    super(t(key, params), { extensions: { code, ...extensions } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'auth.required');
export const forbidden = () => new AppError('FORBIDDEN', 'forbidden');
export const notFound = (type: string) => new AppError('NOT_FOUND', 'notFound', { type });
export const staleVersion = () => new AppError('CONFLICT', 'conflict.version');

/** Collects field problems so one response names every bad field, then throws them together. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(field: string, key: Key, params: MessageParams = {}): this {
    this.errors.push({ field, message: t(key, params) });
    return this;
  }

  /** What was collected so far, for reports that list problems instead of throwing (imports). */
  get list(): readonly FieldError[] {
    return this.errors;
  }

  get empty(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw badInput(this.errors);
  }
}

export function badInput(fields: FieldError[]): AppError {
  return new AppError('BAD_USER_INPUT', 'badInput', { fields: fields.map((f) => f.field).join(', ') }, { fields });
}

/** `cause`: what went wrong underneath, for the log only (formatError writes it; the client never sees it). */
export function badField(field: string, key: Key, params: MessageParams = {}, cause?: unknown): AppError {
  const error = badInput([{ field, message: t(key, params) }]);
  if (cause !== undefined) error.cause = cause;
  return error;
}
