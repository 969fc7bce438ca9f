/**
 * A reading thread of src/ingest/readingPool.ts: reads and prepares one document per task
 * (src/ingest/reading.ts) and answers with plain data.
 */
import type { PrepareOptions } from './prepare';
import { readAndPrepare, type Reading } from './reading';

export interface ReadingTask {
  fileName: string;
  bytes: Uint8Array;
  /** What the document does not say of itself (its region, its year). */
  given?: PrepareOptions;
}

export default function read(task: ReadingTask): Promise<Reading> {
  return readAndPrepare(task.fileName, task.bytes, task.given);
}
