import jwt from 'jsonwebtoken';
import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * The secret as a key object, made once: given a string, jsonwebtoken first tries it as a PEM public
 * key on every call (and throws), which cost more CPU than the rest of a small request.
 */
const keys = new Map<string, KeyObject>();
const keyOf = (secret: string) => keys.get(secret) ?? keys.set(secret, createSecretKey(Buffer.from(secret, 'utf8'))).get(secret)!;

/** Signed bearer tokens naming a session; the session row decides whether the token still works. */
export function signToken(secret: string, sessionId: string, userId: string, expiresAt: Date): string {
  return jwt.sign({ sid: sessionId }, keyOf(secret), {
    algorithm: 'HS256',
    subject: userId,
    expiresIn: Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
  });
}

export function sessionIdFromToken(secret: string, token: string): string | null {
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'] });
    return typeof payload === 'object' && typeof payload.sid === 'string' ? payload.sid : null;
  } catch {
    return null;
  }
}
