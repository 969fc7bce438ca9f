/**
 * A reading thread of src/ingest/readingPool.ts: reads and prepares one document per task
 * (src/ingest/reading.ts) and answers with plain data.
 */
import type { MessagePort } from 'node:worker_threads';
import type { PrepareOptions } from './prepare';
import { readAndPrepare, type Reading } from './reading';

export interface ReadingTask {
  fileName: string;
  bytes: Uint8Array;
  /** What the document does not say of itself (its region, its year). */
  given?: PrepareOptions;
  /** Told when the reading begins: its time limit runs from then (src/ingest/readingPool.ts). */
  started: MessagePort;
}

export default function read(task: ReadingTask): Promise<Reading> {
  task.started.postMessage(null);
  task.started.close();
  return readAndPrepare(task.fileName, task.bytes, task.given);
}
