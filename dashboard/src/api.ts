/** The only way the dashboard reaches data: POST /graphql, the service's public API. */
import type { TypedDocumentString } from './generated/operations';

export const API_URL = new URL('../graphql', document.baseURI).toString();

export class ApiError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/** Posts an operation generated from dashboard/src/operations (or built from its fragments); its answer typed as generated. */
export async function graphql<T, V>(
  document: TypedDocumentString<T, V>,
  ...[variables]: V extends Record<string, never> ? [] : [V]
): Promise<T> {
  const query = document.toString();
  let response: globalThis.Response;
  try {
    response = await fetch(API_URL, {
      method: 'POST',
      // The dashboard speaks Chinese: the API's messages too, whatever the browser's languages.
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'zh' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError('无法连接到 API (network error)', (error as Error).message);
  }
  const text = await response.text();
  let body: Response<T>;
  try {
    body = JSON.parse(text) as Response<T>;
  } catch {
    throw new ApiError(`API 返回错误 (HTTP ${response.status})`, text.slice(0, 500));
  }
  if (body.errors?.length) {
    throw new ApiError('API 返回错误 (GraphQL error)', body.errors.map((e) => e.message).join('\n'));
  }
  if (!response.ok || !body.data) throw new ApiError(`API 返回错误 (HTTP ${response.status})`);
  return body.data;
}
