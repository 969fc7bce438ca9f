/**
 * A process racing for a data directory's lock (test/db/lock.test.ts): `lockContender <dir>`
 * prints "got" and holds the lock until its stdin closes, or prints the refusal and exits 3.
 * Built once per run with the commands (test/support/commandBuilds.ts) rather than started
 * through `tsx -e`, which transformed the lock module again in every contender (issue 16).
 */
import { acquireDataDirLock } from '../../src/db/lock';

const dir = process.argv[2];
if (!dir) throw new Error('usage: lockContender <data directory>');
try {
  const lock = acquireDataDirLock(dir);
  process.stdout.write('got\n');
  process.stdin.on('end', () => {
    lock.release();
    process.exit(0);
  });
  process.stdin.resume();
} catch (error) {
  process.stdout.write(`refused: ${(error as Error).message}\n`);
  process.exit(3);
}
