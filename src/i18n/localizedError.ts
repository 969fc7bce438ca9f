/**
 * A GraphQL error whose message exists in every language: its `message` is the Chinese text (the
 * default) and the answer is given in the request's language (src/graphql/errorPolicy.ts). Its
 * `extensions` — the machine-readable code above all — are the same in every language.
 */
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { DEFAULT_LANGUAGE, type Language, type Text } from './language';

export class LocalizedError extends GraphQLError {
  constructor(
    readonly text: Text,
    options: GraphQLErrorOptions = {},
  ) {
    super(text[DEFAULT_LANGUAGE], options);
  }
}

/** The error's text in every language, when it has one (also through graphql-js's wrapping of a resolver's error). */
export function textOf(error: unknown): Text | undefined {
  for (let e = error; e instanceof Error; e = e instanceof GraphQLError ? e.originalError : undefined) {
    if (e instanceof LocalizedError) return e.text;
  }
  return undefined;
}

/** An error's message in a language: its text there when it has one, else its message as it is. */
export function messageIn(error: Error, language: Language): string {
  return textOf(error)?.[language] ?? error.message;
}
