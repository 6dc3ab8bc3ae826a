import { HttpError } from 'react-admin';
import type { TypedDocumentString } from '../graphql/graphql';
import { currentLocale } from '../i18n/locale';
import { currentToken } from './session';

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

interface GraphqlError {
  message: string;
  extensions?: { code?: ErrorCode; until?: string; fields?: { field: string; message: string }[] };
}

/** What an ApiError carries in `body`; `errors` is react-admin's shape for server-side form validation. */
export interface ApiErrorBody {
  code: ErrorCode;
  until?: string;
  errors?: Record<string, string | { serverError: string }>;
}

export type ApiError = HttpError & { body: ApiErrorBody };

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_LOCKED: 423,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  INTERNAL_SERVER_ERROR: 500,
};

export const isApiError = (error: unknown, code?: ErrorCode): error is ApiError =>
  error instanceof HttpError && (code === undefined || (error.body as ApiErrorBody | undefined)?.code === code);

function toApiError(error: GraphqlError): ApiError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const body: ApiErrorBody = { code, until: error.extensions?.until };
  const fields = error.extensions?.fields;
  if (code === 'BAD_USER_INPUT' && fields?.length) {
    body.errors = { root: { serverError: error.message } };
    for (const { field, message } of fields) body.errors[field.replace(/^input\./, '')] = message;
  }
  return new HttpError(error.message, STATUS[code] ?? 500, body) as ApiError;
}

/** Runs one typed operation against /graphql; a GraphQL error becomes an ApiError carrying its CONTRACT code. */
export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
    'Accept-Language': currentLocale(),
  };
  const token = currentToken();
  if (token) headers.Authorization = `Bearer ${token}`;

  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const payload = (await response.json().catch(() => null)) as { data?: TResult; errors?: GraphqlError[] } | null;
  if (!payload) throw new HttpError(response.statusText, response.status);
  if (payload.errors?.length) throw toApiError(payload.errors[0]);
  if (!payload.data) throw new HttpError(response.statusText, response.status);
  return payload.data;
}
