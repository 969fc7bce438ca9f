/**
 * Reading on the other cores: a pool of worker threads (piscina) that read and prepare documents
 * (src/ingest/readingWorker.ts) while the importer's own thread writes the ones before them — one
 * writer, one transaction per document, in the order given. A reading is plain data (structured
 * clone), the same as read in-process; the database is never touched from a reading thread.
 *
 * A thread is also a wall around a reading: one that runs past its time limit (a library looping on
 * a file nobody foresaw) has its thread stopped, and one that runs out of its heap loses only its
 * thread — either way the document is refused with the reason, and the next is read on a new thread.
 */
import { createRequire } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { PrepareOptions } from './prepare';
import type { Reading } from './reading';
import type { ReadingTask } from './readingWorker';

export interface ReadingPool {
  /** Threads reading at most at once. */
  readonly threads: number;
  read(fileName: string, bytes: Uint8Array, given?: PrepareOptions): Promise<Reading>;
  close(): Promise<void>;
}

/**
 * Up to this many documents are read in-process, each before its write, rather than ahead on a thread: a
 * reading thread first loads the readers again (about 3 s of CPU under tsx, measured: the four
 * seeds loaded into a new PGlite by `npm run import` took 13.3–17.9 s with a thread and 10.7–12.6 s
 * without, wall; 1.7 s for a thread's first seed against 0.2 s in-process on 2026-12-05), and a
 * document reads in 0.1–0.5 s. Read so, a document has no time limit: only a thread can be stopped.
 */
export const READ_IN_PROCESS_UP_TO = 8;

/**
 * The young generation of a reading thread's heap, in MiB (its two semi-spaces and the space of
 * large young objects, a third each): a reading makes many short-lived objects (tokens, cells,
 * candidate placements), and with V8's default (48: 16 MiB semi-spaces) they were collected and
 * copied so often that garbage collection took an eighth of the reading's CPU. 192 (64 MiB
 * semi-spaces, `node --max-semi-space-size=64`): `npm run bench:read -- --scale 0.1` 42.3 → 36.4 ms
 * a document, peak RSS no higher (304 → 284 MiB); 384 (128 MiB) was no faster and 412 MiB.
 */
export const READING_YOUNG_GENERATION_MB = 192;

/**
 * The limit of a reading thread's old generation, in MiB — the same the npm scripts give the main
 * thread (`--max-old-space-size=1536`). Far above what a reading keeps, it is there for V8's heap
 * growing: under a limit of 2 GiB or more (the default here is about 4 GiB) V8 lets an old
 * generation grow to four times what it kept at its last full collection before collecting it
 * again, under 1.5 GiB to about 1.8 times. During `npm run generate -- --scale 1 --seed 1 --load`
 * the main thread's heap then stayed near 100 MiB where it had reached 200 MiB between full
 * collections, and the process peaked at 562 MiB of RSS against 613–666 MiB in three runs without.
 */
export const READING_OLD_GENERATION_MB = 1536;

/** Reading threads by default: every core but the one the writer and the database share, at least one. */
export function defaultReadingThreads(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

/** Node's flags of a heap's size (`--max-old-space-size=1536`, `--max-semi-space-size=64`). */
const HEAP_SIZE_FLAG = /^--max[-_](?:old|semi)[-_]space[-_]size=/;

/**
 * The sources are TypeScript run through tsx: a thread needs tsx's loader, which a process
 * started by `tsx` passes on in its execArgv and one that registered it in-process (the package
 * bin, vitest) does not. The process's heap sizes (`--max-old-space-size`, which the npm scripts
 * give) are not passed on: a thread refuses them (ERR_WORKER_INVALID_EXEC_ARGV) and takes its
 * own from resourceLimits.
 */
function threadExecArgv(): string[] {
  const passed = process.execArgv.filter((a) => !HEAP_SIZE_FLAG.test(a));
  if (passed.some((a) => a.includes('tsx'))) return passed;
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return [...passed, '--import', loader];
}

/**
 * How long one document may take to read, by default: a document reads in 0.1–0.5 s (a .docx about
 * 0.5 s, a PDF 0.3 s a page set; 3,108 projects of 160 documents in one file, 10 s), so two minutes
 * is far beyond any document's reading and stops only one that would never end.
 */
export const DEFAULT_READ_TIME_LIMIT_MS = 120_000;

export interface ReadingPoolOptions {
  /** Threads reading at most at once. */
  threads?: number;
  /** How long one reading may run on its thread (from when it starts, not from when it was queued), ms. */
  timeLimitMs?: number;
  /**
   * Threads are started when a document comes and stopped after this long without one (ms); by
   * default they run from the start until the pool is closed, as an import wants.
   */
  idleTimeoutMs?: number;
  /** The module a thread runs (src/ingest/readingWorker.ts); tests give one that misbehaves. */
  worker?: URL;
}

/** Why a reading was given up: its thread stopped at the time limit, or its heap ran out. */
function givenUp(error: unknown, timeLimitMs: number): Reading | null {
  const reason =
    error instanceof Error && error.name === 'AbortError'
      ? `reading stopped after ${timeLimitMs / 1000} s, the time limit of one document (JIXIAO_READ_TIMEOUT_MS)`
      : (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `reading stopped: it ran out of the reading thread's memory (${READING_OLD_GENERATION_MB} MiB)`
        : null;
  return reason === null
    ? null
    : { ok: false, hash: null, errors: [{ line: null, message: `${reason}; nothing of it was loaded` }], partial: [] };
}

export function createReadingPool(options: ReadingPoolOptions = {}): ReadingPool {
  const threads = options.threads ?? defaultReadingThreads();
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_READ_TIME_LIMIT_MS;
  const pool = new Piscina<ReadingTask, Reading>({
    filename: (options.worker ?? new URL('./readingWorker.ts', import.meta.url)).href,
    minThreads: options.idleTimeoutMs === undefined ? threads : 0,
    maxThreads: threads,
    idleTimeout: options.idleTimeoutMs ?? 0,
    execArgv: threadExecArgv(),
    resourceLimits: { maxYoungGenerationSizeMb: READING_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: READING_OLD_GENERATION_MB },
  });
  return {
    threads,
    async read(fileName, bytes, given) {
      // The time runs from when the thread begins the reading (it says so on `started`), not from
      // when it was queued nor while a new thread loads the readers: one stopped at its limit does not
      // take the documents queued behind it down with it.
      const { port1: started, port2 } = new MessageChannel();
      const stop = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      started.once('message', () => {
        timer = setTimeout(() => stop.abort(), timeLimitMs);
      });
      try {
        return await pool.run({ fileName, bytes, given, started: port2 }, { transferList: [port2], signal: stop.signal });
      } catch (error) {
        const reading = givenUp(error, timeLimitMs);
        if (reading === null) throw error;
        return reading;
      } finally {
        clearTimeout(timer);
        started.close();
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * The items with their readings started ahead: up to `depth` documents are being read while the
 * one yielded is written, so the pool's threads stay busy and memory stays bounded. An item
 * without bytes (a file that could not be read) has no reading, nor has any without a pool (it is
 * read in-process when its turn comes).
 */
export async function* readAhead<T extends { fileName: string; bytes?: Uint8Array }>(
  items: Iterable<T> | AsyncIterable<T>,
  pool: ReadingPool | null,
  depth = (pool?.threads ?? 0) * 2,
  given?: PrepareOptions,
): AsyncGenerator<{ item: T; reading: Promise<Reading> | undefined }> {
  const queue: { item: T; reading: Promise<Reading> | undefined }[] = [];
  for await (const item of items) {
    const reading = pool && item.bytes ? pool.read(item.fileName, item.bytes, given) : undefined;
    // Awaited when its turn comes; until then a failure must not count as unhandled.
    reading?.catch(() => undefined);
    queue.push({ item, reading });
    if (queue.length > depth) yield queue.shift()!;
  }
  while (queue.length > 0) yield queue.shift()!;
}
