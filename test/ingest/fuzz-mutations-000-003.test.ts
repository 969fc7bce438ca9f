/** The mutation fuzz (test/ingest/mutationFuzz.ts) of seeds 000 and 003. */
import { describeMutationFuzz } from './mutationFuzz';

describeMutationFuzz(['000', '003']);
