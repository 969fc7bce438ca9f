/**
 * Security headers (helmet) and CORS. The content security policy allows what the service serves
 * itself — GraphiQL and the dashboard load scripts and styles only from this origin (no CDN) —
 * and nothing else; browsers on other origins may call the API only when listed in
 * JIXIAO_CORS_ORIGINS.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // GraphiQL and ECharts set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain HTTP on a LAN as often as behind TLS: no forced upgrade, no HSTS.
    strictTransportSecurity: false,
  });
}

export function corsAllowList(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight'],
    maxAge: 600,
  });
}
