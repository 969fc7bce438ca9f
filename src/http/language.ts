/**
 * Chooses each request's language (src/i18n/language.ts: `?lang=`, else Accept-Language, else
 * Chinese), keeps it in res.locals for the handlers and the GraphQL context, and says so in the
 * answer: Content-Language, and Vary: Accept-Language for caches.
 */
import type { RequestHandler, Response } from 'express';
import { DEFAULT_LANGUAGE, type Language, requestLanguage, type Text } from '../i18n/language';

export const chooseLanguage: RequestHandler = (req, res, next) => {
  const language = requestLanguage(req.query.lang, req.get('accept-language'));
  res.locals.language = language;
  res.setHeader('Content-Language', language);
  res.vary('Accept-Language');
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
