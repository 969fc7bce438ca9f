/**
 * Chooses each request's language (src/i18n/language.ts: `?lang=`, else Accept-Language, else
 * Chinese) and keeps it in res.locals for the handlers and the GraphQL context. Answers whose words
 * depend on it — the API's and every error — say so: Content-Language, and Vary: Accept-Language
 * for caches. The dashboard's and GraphiQL's files are the same in every language and say nothing.
 */
import type { RequestHandler, Response } from 'express';
import { DEFAULT_LANGUAGE, type Language, requestLanguage, type Text } from '../i18n/language';

export const chooseLanguage: RequestHandler = (req, res, next) => {
  res.locals.language = requestLanguage(req.query.lang, req.get('accept-language'));
  next();
};

/** Marks an answer as written in the request's language. */
export function declareLanguage(res: Response): void {
  res.setHeader('Content-Language', languageOf(res));
  res.vary('Accept-Language');
}

/** Middleware for the routes whose answers are in the request's language (/graphql, /api). */
export const inRequestLanguage: RequestHandler = (_req, res, next) => {
  declareLanguage(res);
  next();
};

/** The language of this request's answer. */
export function languageOf(res: Response): Language {
  return (res.locals.language as Language | undefined) ?? DEFAULT_LANGUAGE;
}

/** A message in this request's language. */
export function say(res: Response, text: Text): string {
  return text[languageOf(res)];
}
