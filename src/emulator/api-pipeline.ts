import { performance } from "node:perf_hooks";
import { API_ERRORS, ApiError } from "./api-error.js";
import type { Faults } from "./faults.js";
import type { CallOutcome } from "./http-server.js";
import type { MethodContext, RequestScope } from "./methods/context.js";
import { findMethod } from "./methods/index.js";
import type { ApiCall, ApiParams, ApiResponse } from "./telegram-types.js";

/**
 * One Bot API call from arrival to answer, wherever it came from (HTTP or a webhook reply): planned faults first
 * (a dropped socket, a delay, a garbled answer, an injected error), then the method. Every call is logged with its answer, and the pipeline
 * knows what is in flight and when the bot last did anything, which is what `idle()` is made of.
 */
export interface ApiPipeline {
  execute(method: string, params: ApiParams, scope: RequestScope): Promise<CallOutcome>;
  readonly calls: readonly ApiCall[];
  /** Calls being handled now, long polls that are waiting excluded. */
  inFlight(): number;
  /** performance.now() of the latest call start or end. */
  lastActivity(): number;
  /** Ends every planned delay now: the emulator is stopping. */
  releaseDelays(): void;
}

export interface PipelineDeps {
  ctx: MethodContext;
  faults: Faults;
  /** Called after each call is logged, so that waiters re-check. */
  onCall(): void;
}

const LONG_POLL = "getUpdates";

export function createApiPipeline(deps: PipelineDeps): ApiPipeline {
  const { ctx, faults } = deps;
  const calls: ApiCall[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  const delayed = new Set<() => void>();

  /** Holds a call for `ms`; true when its client left meanwhile, so that there is no one to answer. */
  const hold = (ms: number, scope: RequestScope): Promise<boolean> =>
    new Promise((resolve) => {
      let gone = false;
      const end = () => {
        clearTimeout(timer);
        delayed.delete(end);
        resolve(gone);
      };
      const timer = setTimeout(end, ms);
      delayed.add(end);
      scope.onClientGone(() => {
        gone = true;
        end();
      });
    });

  const answer = async (name: string, params: ApiParams, scope: RequestScope): Promise<ApiResponse> => {
    const method = findMethod(name);
    if (!method) return new ApiError(404, API_ERRORS.notFound).toResponse();
    const failure = faults.takeFailure(method.name);
    if (failure) return failure.toResponse();
    try {
      return { ok: true, result: await method.handler(params, ctx, scope) };
    } catch (error) {
      if (error instanceof ApiError) return error.toResponse();
      throw error;
    }
  };

  return {
    calls,
    inFlight: () => inFlight,
    lastActivity: () => lastActivity,
    releaseDelays: () => [...delayed].forEach((end) => end()),
    async execute(name, params, scope) {
      const method = findMethod(name)?.name ?? name;
      const at = ctx.now();
      const counted = method !== LONG_POLL;
      if (counted) inFlight += 1;
      lastActivity = performance.now();
      try {
        if (faults.takeDrop(method)) {
          calls.push({ method, params, at, response: null });
          return { drop: true };
        }
        const delayMs = faults.takeDelay(method, params);
        if (delayMs > 0 && (await hold(delayMs, scope))) {
          calls.push({ method, params, at, response: null });
          return { drop: true };
        }
        if (faults.takeGarble(method)) {
          calls.push({ method, params, at, response: null });
          return { garbled: true };
        }
        const response = await answer(method, params, scope);
        if (method === "sendMessage" && !response.ok && response.error_code === 429) ctx.stats.tooManyRequests += 1;
        calls.push({ method, params, at, response });
        return { response };
      } finally {
        if (counted) inFlight -= 1;
        lastActivity = performance.now();
        deps.onCall();
      }
    },
  };
}
