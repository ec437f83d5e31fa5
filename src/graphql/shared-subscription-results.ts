// Subscription events resolved once per audience. Subscribers that receive the same published event
// through the same operation (document, operation name, variables) as the same viewer would compute
// the same result: the first of them computes it, with its own fresh loaders, and the others reuse
// it, so a change watched by N such subscribers costs one execution (and one set of SQL statements)
// instead of N. A result is shared only within the tick that computed it: a subscriber that reads
// the event later (a slow one) computes it afresh, so nobody receives data older than its read.
// The plugin sets the subscribe function; every plugin still sees the subscription and its results.
import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext, Viewer } from './context.js';

type Result = ExecutionResult | Promise<ExecutionResult>;

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
function mapEvents(source: AsyncIterator<unknown>, resultOf: (event: unknown) => Result): AsyncIterableIterator<ExecutionResult> {
  const done = { done: true, value: undefined } as const;
  return {
    async next() {
      const step = await source.next();
      if (step.done) return done;
      try {
        return { done: false, value: await resultOf(step.value) };
      } catch (error) {
        await source.return?.();
        throw error;
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

/** Sets the subscribe function: goes after the executor plugin (graphql-jit), whose subscribe it replaces. */
export function useSharedSubscriptionResults(): Plugin<GraphQLContext> {
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
    if (!(Symbol.asyncIterator in source)) return source;
    const context = args.contextValue as GraphQLContext;
    const audience = JSON.stringify([documentId(args.document), args.operationName ?? null, viewerKey(context.viewer), args.variableValues ?? {}]);
    // graphql-js rather than the JIT: run once per audience and event, its cost is shared too.
    const executeFor = (event: unknown) => execute({ ...args, rootValue: event });
    return mapEvents(source[Symbol.asyncIterator](), (event) =>
      typeof event === 'object' && event !== null ? sharedResult(event, audience, () => executeFor(event)) : executeFor(event),
    );
  }

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe);
    },
  };
}
