// Subscription events resolved once per audience. Subscribers that receive the same published event
// through the same operation (document, operation name, variables) as the same viewer would compute
// the same result: the first of them computes it, with its own fresh loaders, and the others reuse
// it, so a change watched by N such subscribers costs one execution (and one set of SQL statements)
// instead of N. A result is shared only within the tick that computed it: a subscriber that reads
// the event later (a slow one) computes it afresh, so nobody receives data older than its read.
// The plugin also ends the subscribe step: plugins after it do not see subscriptions. Those are
// Yoga's own error masking, which would wrap every subscriber's stream in two more async iterators
// (a third of the fan-out's cost per delivery); this plugin masks subscription errors itself, with
// the same function, once per shared result.
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type GraphQLError,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext, Viewer } from './context.js';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Turns an error into the one a client may see (Yoga's maskError, with its logging and metrics). */
export type SubscriptionErrorMask = (error: unknown) => Error;

/** An AbortError (a request cancelled) passes unmasked, as Yoga lets it. */
const isAbortError = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

function maskedResult(result: ExecutionResult, mask: SubscriptionErrorMask): ExecutionResult {
  return result.errors ? { ...result, errors: result.errors.map((error) => mask(error) as GraphQLError) } : result;
}

const viewerKey = (viewer: Viewer) => (viewer.kind === 'virtualKey' ? `virtualKey:${viewer.value}` : viewer.kind);

/** Per event object, the results computed for it this tick, by audience. */
function createResultCache() {
  let byEvent = new Map<object, Map<string, Result>>();
  let clearing = false;
  return (event: object, audience: string, compute: () => Result): Result => {
    let byAudience = byEvent.get(event);
    if (byAudience === undefined) {
      byEvent.set(event, (byAudience = new Map()));
      if (!clearing) {
        clearing = true;
        setImmediate(() => {
          byEvent = new Map();
          clearing = false;
        });
      }
    }
    let result = byAudience.get(audience);
    if (result === undefined) {
      result = compute();
      byAudience.set(audience, result);
    }
    return result;
  };
}

/** Maps a source stream to results; returning the mapped stream returns the source. */
function mapEvents(
  source: AsyncIterator<unknown>,
  resultOf: (event: unknown) => Result,
  mask: SubscriptionErrorMask,
): AsyncIterableIterator<ExecutionResult> {
  const done = { done: true, value: undefined } as const;
  return {
    async next() {
      const step = await source.next();
      if (step.done) return done;
      try {
        return { done: false, value: await resultOf(step.value) };
      } catch (error) {
        await source.return?.();
        throw isAbortError(error) ? error : mask(error);
      }
    },
    async return() {
      await source.return?.();
      return done;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Takes over the subscribe step: goes after the executor plugin (whose subscribe it replaces) and
 * after every plugin that must still see subscriptions (auth).
 */
export function useSharedSubscriptionResults(mask: SubscriptionErrorMask): Plugin<GraphQLContext> {
  const sharedResult = createResultCache();
  const documentIds = new WeakMap<DocumentNode, number>();
  let lastDocumentId = 0;
  const documentId = (document: DocumentNode) => {
    let id = documentIds.get(document);
    if (id === undefined) documentIds.set(document, (id = ++lastDocumentId));
    return id;
  };

  async function subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return maskedResult(source, mask);
    const context = args.contextValue as GraphQLContext;
    const audience = JSON.stringify([documentId(args.document), args.operationName ?? null, viewerKey(context.viewer), args.variableValues ?? {}]);
    // graphql-js rather than the JIT: run once per audience and event, its cost is shared too.
    const executeFor = async (event: unknown) => maskedResult(await execute({ ...args, rootValue: event }), mask);
    return mapEvents(
      source[Symbol.asyncIterator](),
      (event) => (typeof event === 'object' && event !== null ? sharedResult(event, audience, () => executeFor(event)) : executeFor(event)),
      mask,
    );
  }

  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      return subscribe(args).then(setResultAndStopExecution);
    },
  };
}
