/**
 * Whole GraphQL responses cached in memory (Apollo's response-cache plugin), keyed by the query,
 * its variables, the data version, who asks and the language asked for: an answer computed at a
 * data version is served again until a document load moves the version, when the cache is
 * emptied. JIXIAO_RESPONSE_CACHE=false turns it off.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Context } from '../graphql/context';
import { callerKey } from './etag';

/** Bytes of cached responses kept at most (least recently used go first). */
const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Every answer may be cached: the data version in the key is what ends its life, not an age. Said
 * once per operation rather than through Apollo's cache-control plugin, which would compute the
 * same policy field by field and wrap every resolver of the schema to do it. No Cache-Control
 * header goes out: clients revalidate with the ETag.
 */
const cacheableForADay: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ overallCachePolicy }) {
        overallCachePolicy.replace({ maxAge: 24 * 3600, scope: 'PUBLIC' });
      },
    };
  },
};

export function responseCachePlugins(): ApolloServerPlugin<Context>[] {
  const cache = new InMemoryLRUCache<string>({ maxSize: CACHE_BYTES });
  let version: string | null = null;
  return [
    cacheableForADay,
    ApolloServerPluginResponseCache<Context>({
      cache,
      async extraCacheKeyData({ contextValue }) {
        // A newer version empties the cache (a request still at the older one only misses it).
        if (version === null || BigInt(contextValue.dataVersion || '0') > BigInt(version)) {
          if (version !== null) cache.clear();
          version = contextValue.dataVersion || '0';
        }
        return { version: contextValue.dataVersion, caller: callerKey(contextValue.caller), language: contextValue.language };
      },
    }),
  ];
}
