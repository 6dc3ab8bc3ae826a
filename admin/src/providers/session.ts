const TOKEN_KEY = 'gridgov.token';
const EXPIRES_KEY = 'gridgov.expiresAt';

export function saveSession(token: string, expiresAt: string): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(EXPIRES_KEY, expiresAt);
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
}

/** The stored token, or null when there is none or it has expired. */
export function currentToken(): string | null {
  const token = localStorage.getItem(TOKEN_KEY);
  const expiresAt = localStorage.getItem(EXPIRES_KEY);
  if (!token || (expiresAt && Date.parse(expiresAt) <= Date.now())) return null;
  return token;
}
