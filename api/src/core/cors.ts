import type { NextFunction, Request, Response } from 'express';

/**
 * CORS for the origins in `CORS_ORIGINS` only (exact matches such as `https://app.example.gov.cn`);
 * none by default, so a browser page elsewhere cannot call the API. Tokens travel in the
 * Authorization header, never in cookies, so no credentials mode is offered.
 */
export function corsFor(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    if (!origin || !allowed.has(origin)) return next();
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, accept-language');
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}

/** `https://a.example, https://b.example` → the list; each must be an origin (scheme, host, port; no path). */
export function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const o of origins) {
    let url: URL | null = null;
    try {
      url = new URL(o);
    } catch {
      url = null;
    }
    if (!url || url.origin !== o) throw new Error(`CORS_ORIGINS: "${o}" is not an origin such as https://app.example.gov.cn`);
  }
  return origins;
}
