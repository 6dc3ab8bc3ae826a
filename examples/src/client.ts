import type { TypedDocumentString } from './gql/graphql';

/** One GraphQL error as gridgov sends it: `extensions.code` is one of CONTRACT's codes. */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; until?: string };
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export interface Client {
  /** Runs one typed operation; the result type and the variables come from the document. */
  request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult>;
  /** Sends `Authorization: Bearer <token>` from now on. */
  useToken(token: string | null): void;
}

/** A small fetch-based client: no GraphQL library at run time, types from graphql-codegen's client preset. */
export function createClient(baseUrl: string, lang: 'zh' | 'en' = 'zh'): Client {
  let token: string | null = null;
  async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': lang,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const payload = (await response.json()) as { data?: TResult; errors?: GraphqlError[] };
    const error = payload.errors?.[0];
    if (error) throw new ApiError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message, error.extensions?.fields);
    if (!payload.data) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${response.status}`);
    return payload.data;
  }
  return { request, useToken: (next) => void (token = next) };
}
