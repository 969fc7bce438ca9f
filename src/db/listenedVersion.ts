/**
 * The data version (src/db/dataVersion.ts) kept in memory from PostgreSQL's notifications instead
 * of read for every request: a load's bump notifies DATA_VERSION_CHANNEL when it commits, and one
 * connection of each API process listens. Reading the version cost a round trip per request (≈8%
 * of a small operation's CPU, and the server's work besides).
 *
 * The version in memory is never newer than the data (it moves only when a commit is announced),
 * and a request reads its data after it takes the version, so an answer is never labelled newer
 * than what it holds. It is read from the database instead, as before:
 * - while the listening connection is not (yet, or again) established: at start, after the server
 *   went away or dropped it — it reconnects every `retryMs` and reads the version once listening;
 * - after this process's own write, until a read that started after its commit: a client whose
 *   load was answered reads its own writes at once, not when the notification arrives.
 * Another process's load is seen when its notification arrives (a few milliseconds).
 *
 * Not for a replica: notifications are not replayed on a standby, whose version must come from
 * the standby itself (src/db/database.ts reads it per request there).
 */
import pg from 'pg';
import { DATA_VERSION_CHANNEL, READ_DATA_VERSION, sharedRead } from './dataVersion';

/** The listening connection's application_name (pg_stat_activity). */
export const DATA_VERSION_LISTENER = 'jixiao data version';

export interface ListenedVersion {
  /** The data version now: from memory while listening, else read (shared by the requests of one turn). */
  current(): Promise<string>;
  /** Called when this process has committed a write: the next requests read until a read after it. */
  wrote(): void;
  /** Whether the version now comes from memory (for tests). */
  listening(): boolean;
  close(): Promise<void>;
}

export function listenForDataVersion(connect: () => pg.Client, read: () => Promise<string>, retryMs = 1_000): ListenedVersion {
  /** The version announced or read while listening; null while not listening. */
  let known: bigint | null = null;
  let writes = 0;
  /** Own writes that a read started after. */
  let covered = 0;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;
  const sharedVersionRead = sharedRead(read);
  // The version in memory is answered as a read is, on a later turn of the event loop and shared by
  // the requests of this one, so that they go on together: answered at once, each request ran on by
  // itself and cost more CPU at 10 connections than the read it saved (bench/ab.ts: 1.07× the
  // reading base; 0.92× this way). A listener lost meanwhile: read.
  const sharedKnown = sharedRead(async () => (known !== null ? known.toString() : read()));

  const raise = (version: bigint) => {
    if (known !== null && version > known) known = version;
  };

  const lost = (lostClient: pg.Client) => {
    if (client !== lostClient) return;
    client = null;
    known = null;
    lostClient.end().catch(() => undefined);
    if (!closed) {
      retry = setTimeout(listen, retryMs);
      retry.unref();
    }
  };

  async function listen(): Promise<void> {
    retry = null;
    if (closed) return;
    const listener = connect();
    client = listener;
    let announced = -1n;
    listener.on('error', () => lost(listener));
    listener.on('end', () => lost(listener));
    listener.on('notification', (message) => {
      if (message.channel !== DATA_VERSION_CHANNEL || !message.payload || !/^\d+$/.test(message.payload)) return;
      const version = BigInt(message.payload);
      if (version > announced) announced = version;
      raise(version);
    });
    try {
      await listener.connect();
      await listener.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
      // Every commit from here on is announced; the read sees those before.
      const { rows } = await listener.query<{ version: string }>(READ_DATA_VERSION);
      if (client !== listener) return;
      const read = BigInt(rows[0]?.version ?? '0');
      known = read > announced ? read : announced;
    } catch {
      lost(listener);
    }
  }

  void listen();

  return {
    current() {
      if (known !== null && covered === writes) return sharedKnown();
      const writesBefore = writes;
      // The shared read starts on a later turn of the event loop: after `writesBefore` committed.
      return sharedVersionRead().then((version) => {
        raise(BigInt(version));
        if (writesBefore > covered) covered = writesBefore;
        return version;
      });
    },
    wrote() {
      writes += 1;
    },
    listening() {
      return known !== null;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const listener = client;
      client = null;
      known = null;
      await listener?.end().catch(() => undefined);
    },
  };
}
