/**
 * Checks a GraphQL request before Apollo sees it (src/graphql/documentLimits.ts): answered 400
 * with a JSON error when it breaks a document limit, holds NUL characters or is no query.
 */
import type { RequestHandler } from 'express';
import { checkDocument, type GraphQLParams } from '../graphql/documentLimits';
import { sendGraphQLError } from './errors';

export const graphqlGuard: RequestHandler = (req, res, next) => {
  const params = (req.method === 'GET' ? req.query : req.body) as GraphQLParams | undefined;
  let variables = params?.variables;
  if (req.method === 'GET' && typeof variables === 'string') {
    try {
      variables = JSON.parse(variables) as unknown;
    } catch {
      // Apollo says what is wrong with them.
    }
  }
  const problem = params && typeof params === 'object' ? checkDocument({ ...params, variables }, req.method) : null;
  if (problem) {
    sendGraphQLError(res, 400, problem);
    return;
  }
  next();
};
