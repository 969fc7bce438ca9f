/**
 * A reading thread of src/ingest/readingPool.ts: reads and prepares one document per task
 * (src/ingest/reading.ts) and answers with plain data.
 */
import type { GazetteerRegion } from '../domain/gazetteer';
import { readAndPrepare, type Reading } from './reading';

export interface ReadingTask {
  fileName: string;
  bytes: Uint8Array;
  region?: GazetteerRegion;
}

export default function read(task: ReadingTask): Promise<Reading> {
  return readAndPrepare(task.fileName, task.bytes, task.region);
}
