/**
 * A turn of the event loop for tests that run long synchronous work in a loop (fuzzing, property
 * runs): awaited between runs, it lets the worker answer vitest's messages, whose RPC gives up after
 * 60 s without a turn — on a busy machine a green file would otherwise fail with
 * `[vitest-worker]: Timeout calling "onTaskUpdate"`.
 */
export function eventLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
