/** The mutation fuzz (test/ingest/mutationFuzz.ts) of seeds 001 and 002. */
import { describeMutationFuzz } from './mutationFuzz';

describeMutationFuzz(['001', '002']);
