import jwt from 'jsonwebtoken';

/** Signed bearer tokens naming a session; the session row decides whether the token still works. */
export function signToken(secret: string, sessionId: string, userId: string, expiresAt: Date): string {
  return jwt.sign({ sid: sessionId }, secret, {
    algorithm: 'HS256',
    subject: userId,
    expiresIn: Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
  });
}

export function sessionIdFromToken(secret: string, token: string): string | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'] });
    return typeof payload === 'object' && typeof payload.sid === 'string' ? payload.sid : null;
  } catch {
    return null;
  }
}
