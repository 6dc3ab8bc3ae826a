import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SignInBar } from './SignInBar';
import { exampleOperations } from './examples';
import { gridgovFetcher } from './fetcher';
import { explorerLang } from './messages';
import { currentToken } from '../providers/session';
import './graphiql.css';

/** The API explorer at /graphiql: GraphiQL over our own /graphql, with the panel's sign-in. */
function Explorer() {
  const [token, setToken] = useState<string | null>(currentToken);
  const fetcher = useMemo(() => gridgovFetcher(token, explorerLang), [token]);
  return (
    <div className="gridgov-explorer">
      <SignInBar token={token} onToken={setToken} />
      {/* Keyed by the token: signing in re-runs introspection, which the server answers only for a signed-in caller. */}
      <GraphiQL
        key={token ?? 'anonymous'}
        fetcher={fetcher}
        schemaDescription
        defaultTabs={exampleOperations.map(({ query, variables }) => ({ query, variables }))}
        visiblePlugin={token ? 'Documentation Explorer' : undefined}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
