import { useEffect, useState, type FormEvent } from 'react';
import { LoginDocument, LogoutDocument, MeDocument, type LoginMutation, type MeQuery } from '../graphql/graphql';
import { clearSession, saveSession } from '../providers/session';
import { explorerLang, say } from './messages';

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<T>(query: string, variables: object, token: string | null): Promise<Answer<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': explorerLang, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<Answer<T>>;
}

/** Sign-in for the explorer: the panel's form (the session is shared with the panel) or a pasted token. */
export function SignInBar({ token, onToken }: { token: string | null; onToken(token: string | null): void }) {
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!token) return setName(null);
    post<MeQuery>(MeDocument.toString(), {}, token).then(({ data, errors }) => {
      if (data?.me) setName(`${data.me.name} (${data.me.username})`);
      else setError(errors?.[0]?.message ?? say('badToken'));
    });
  }, [token]);

  const signIn = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const { data, errors } = await post<LoginMutation>(LoginDocument.toString(), { username: form.get('username'), password: form.get('password') }, null);
    if (!data?.login) return setError(errors?.[0]?.message ?? say('badToken'));
    setError(data.login.user.mustChangePassword ? say('mustChange') : null);
    saveSession(data.login.token, data.login.expiresAt);
    onToken(data.login.token);
  };
  const useToken = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const pasted = String(new FormData(e.currentTarget).get('token') ?? '').trim();
    setError(null);
    onToken(pasted.replace(/^Bearer\s+/i, '') || null);
  };
  const signOut = async () => {
    if (token) await post(LogoutDocument.toString(), {}, token).catch(() => undefined);
    clearSession();
    setError(null);
    onToken(null);
  };

  return (
    <header className="gridgov-signin">
      <strong>{say('title')}</strong>
      {token ? (
        <>
          <span data-testid="signed-in">{name ? say('signedIn', { name }) : '…'}</span>
          <button type="button" onClick={signOut}>
            {say('signOut')}
          </button>
        </>
      ) : (
        <>
          <form onSubmit={signIn}>
            <input name="username" placeholder={say('username')} autoComplete="username" required />
            <input name="password" type="password" placeholder={say('password')} autoComplete="current-password" required />
            <button type="submit">{say('signIn')}</button>
          </form>
          <form onSubmit={useToken}>
            <input name="token" placeholder={say('token')} autoComplete="off" />
            <button type="submit">{say('useToken')}</button>
          </form>
          <span className="gridgov-hint">{say('anonymous')}</span>
        </>
      )}
      {error && (
        <span role="alert" className="gridgov-error">
          {error}
        </span>
      )}
      <span className="gridgov-hint">{say('docs')}</span>
    </header>
  );
}
