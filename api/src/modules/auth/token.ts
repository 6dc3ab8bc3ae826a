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

/** Tokens already verified with a secret, by their exact text (signature included): their session and expiry. */
const verifiedWith = new Map<string, Map<string, { sid: string; expiresMs: number }>>();
const VERIFIED_CAPACITY = 10_000;

export function sessionIdFromToken(secret: string, token: string): string | null {
  const verified = verifiedWith.get(secret) ?? verifiedWith.set(secret, new Map()).get(secret)!;
  const known = verified.get(token);
  if (known) return Date.now() < known.expiresMs ? known.sid : null;
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'] });
    if (typeof payload !== 'object' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return null;
    if (verified.size >= VERIFIED_CAPACITY) verified.delete(verified.keys().next().value!);
    verified.set(token, { sid: payload.sid, expiresMs: payload.exp * 1000 });
    return payload.sid;
  } catch {
    return null;
  }
}
