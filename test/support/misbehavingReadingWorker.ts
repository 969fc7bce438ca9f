/**
 * A reading thread (src/ingest/readingWorker.ts) that misbehaves as a library could on a file nobody
 * foresaw, told by the file's name: `loop…` never returns, `swell…` keeps allocating until its heap
 * runs out; any other file is read as the real thread reads it.
 */
import read, { type ReadingTask } from '../../src/ingest/readingWorker';

export default function misbehave(task: ReadingTask) {
  if (task.fileName.startsWith('loop')) {
    task.started.postMessage(null);
    for (;;);
  }
  if (task.fileName.startsWith('swell')) {
    task.started.postMessage(null);
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(1_000_000).fill(kept.length));
  }
  return read(task);
}
