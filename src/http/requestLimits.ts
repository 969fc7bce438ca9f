/**
 * One GraphQL request's limits while it runs:
 * - a deadline (JIXIAO_REQUEST_TIMEOUT_MS): when it passes, the request is answered 503 with a
 *   JSON error at once, its running statements are cancelled on the server and it loads nothing more;
 * - the same when the client goes away (nobody to answer, statements cancelled);
 * - a cap on operations running at once (JIXIAO_MAX_CONCURRENT): the others wait their turn, at
 *   most JIXIAO_QUEUE_WAIT_MS, then get a 503 "busy";
 * - a row budget (src/graphql/budget.ts), answered 422 when exceeded;
 * - a response size limit (JIXIAO_MAX_RESPONSE_BYTES), answered 422.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Database, RequestReads } from '../db/database';
import { RequestBudget, type AbandonReason } from '../graphql/budget';
import { errorBody, requestTimeout, resultTooLarge, serverBusy } from '../graphql/requestErrors';
import { messageIn } from '../i18n/localizedError';
import { sendGraphQLError } from './errors';
import { languageOf } from './language';
import type { HttpOptions } from './options';

/** A counting semaphore whose waiters give up after a while. */
class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Resolves true when a slot is taken, false when none came free within `waitMs`. */
  acquire(waitMs: number): Promise<boolean> {
    if (this.running < this.size) {
      this.running += 1;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        resolve(false);
      }, waitMs);
      this.waiting.push(grant);
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

/**
 * Notes when a request arrived, before anything else runs for it (body parsing, rate limiting):
 * its deadline counts from there.
 */
export const markReceived: RequestHandler = (_req, res, next) => {
  res.locals.receivedAt = Date.now();
  next();
};

/** Handles a request within its budget, reading through `reads`: the request's own readers (`Database.scoped`), cancelled with it. */
export type BudgetedHandler = (req: Request, res: Response, budget: RequestBudget, reads: RequestReads) => Promise<void>;

function answer(res: Response, error: GraphQLError, status: number): void {
  if (status === 503) res.setHeader('Retry-After', '1');
  sendGraphQLError(res, status, error);
}

/** Caps the response body: a larger one is replaced by a RESULT_TOO_LARGE error. */
function capResponse(res: Response, maxBytes: number): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if ((typeof body === 'string' || Buffer.isBuffer(body)) && Buffer.byteLength(body) > maxBytes) {
      const error = resultTooLarge('bytes', maxBytes);
      res.status(422);
      return send(JSON.stringify(errorBody(messageIn(error, languageOf(res)), String(error.extensions.code))));
    }
    return send(body);
  };
}

export function limitRequests(db: Database, options: HttpOptions, handler: BudgetedHandler): RequestHandler {
  const slots = new Slots(options.maxConcurrent);
  return async (req, res) => {
    const controller = new AbortController();
    const abandon = (reason: AbandonReason) => {
      if (controller.signal.aborted) return;
      controller.abort(reason);
      if (reason.error) answer(res, reason.error, reason.status);
    };
    const receivedAt = typeof res.locals.receivedAt === 'number' ? res.locals.receivedAt : Date.now();
    const remainingMs = Math.max(0, options.requestTimeoutMs - (Date.now() - receivedAt));
    const deadline = setTimeout(() => abandon({ error: requestTimeout(options.requestTimeoutMs), status: 503 }), remainingMs);
    const onClose = () => {
      if (!res.writableFinished) abandon({ error: null, status: 499 });
    };
    res.once('close', onClose);
    try {
      const waitMs = Math.min(options.queueWaitMs, remainingMs);
      if (!(await slots.acquire(waitMs))) {
        answer(res, serverBusy(), 503);
        return;
      }
      try {
        if (controller.signal.aborted) return;
        capResponse(res, options.maxResponseBytes);
        const budget = new RequestBudget(options.maxRows, controller.signal, (error) => abandon({ error, status: 422 }));
        await handler(req, res, budget, db.scoped(controller.signal));
      } finally {
        slots.release();
      }
    } finally {
      clearTimeout(deadline);
      res.off('close', onClose);
    }
  };
}
