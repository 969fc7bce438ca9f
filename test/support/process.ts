/** Child processes of the tests: the real server (`src/server.ts`) and the importer CLI, with their output kept. */
import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import type { Command } from './commandBuilds';

/**
 * The arguments after `process.execPath` that start `command` (a source path such as
 * `src/server.ts`): its build for this run (test/support/commandBuilds.ts), not tsx.
 */
export function commandArgs(command: Command): string[] {
  return [inject('commandBuilds')[command]];
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: string[];
  /** Whether it is still running. */
  alive(): boolean;
  stop(): Promise<number | null>;
}

/** Starts `src/server.ts` with `env` on a free port and resolves once it listens. */
export function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const output: string[] = [];
  const child = spawn(process.execPath, commandArgs('src/server.ts'), {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  // Never outlive the test run, even when a hook timed out before the test could stop it.
  process.once('exit', () => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      for (const line of chunk.toString().split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) {
          resolve({
            child,
            url: entry.url.replace(/\/graphql$/, ''),
            output,
            alive: () => child.exitCode === null && child.signalCode === null,
            stop() {
              if (child.exitCode !== null) return Promise.resolve(child.exitCode);
              const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
              child.kill('SIGTERM');
              return exited;
            },
          });
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('')}`)));
  });
}

/** Calls `check` until it returns a value (not undefined), at most `attempts` times, `intervalMs` apart. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, attempts = 240, intervalMs = 250): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`never happened: ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}
