import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's fetcher for our endpoint: the signed-in caller's token (introspection needs one) and the
 * explorer's language go with every request; headers typed into the headers pane win.
 */
export function gridgovFetcher(token: string | null, lang: string): Fetcher {
  return async (params, options) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': lang,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(options?.headers as Record<string, string> | undefined),
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}
