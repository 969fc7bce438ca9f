/** The shared seeds and contract operations (../shared beside the worktree). */
import fs from 'node:fs';
import path from 'node:path';

export const SEED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
export const CONTRACT_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'contract');

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}
