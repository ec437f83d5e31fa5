// GraphiQL served by the service itself: Yoga's own GraphiQL build (@graphql-yoga/render-graphiql)
// as same-origin files under /graphiql/, a page that loads them with no inline script, and a
// Content-Security-Policy that lets the page reach nothing but this origin. So GraphiQL works on an
// air-gapped network, and no third party's code runs next to the admin token pasted into it.
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { createHash } from 'node:crypto';

const ASSETS_PATH = '/graphiql';
/** Every asset's path starts with this; requests under it are answered here, unknown files with 404. */
export const GRAPHIQL_ASSETS_PREFIX = `${ASSETS_PATH}/`;

export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'Governance GraphQL',
  // Every operation, introspection included, needs the admin token: the editor waits for it after "Bearer ".
  headers: '{"Authorization": "Bearer "}',
  defaultEditorToolsVisibility: 'headers',
  // Yoga's GraphiQL would keep the pasted admin token in localStorage.
  shouldPersistHeaders: false,
};

/**
 * This origin only. data: covers the fonts and icons the stylesheet embeds; inline styles because
 * Monaco writes its editor styles into <style> elements at run time (a style cannot run code, and
 * img-src/font-src keep it from loading anything from elsewhere).
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const WORKERS = {
  editorWorkerService: `${ASSETS_PATH}/editor.worker.js`,
  json: `${ASSETS_PATH}/json.worker.js`,
  graphql: `${ASSETS_PATH}/graphql.worker.js`,
};

// Runs before the GraphiQL bundle, which reads MonacoEnvironment as it loads; renders once the
// bundle has run. The options come from the page's JSON data block, which is never executed.
const BOOT_SCRIPT = `const workers = ${JSON.stringify(WORKERS)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
document.addEventListener('DOMContentLoaded', () => {
  const options = JSON.parse(document.getElementById('graphiql-options').textContent);
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
});
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Yoga's `renderGraphiQL`: the page, with `options` as JSON that cannot close its <script> block. */
export function renderGraphiQL(options: GraphiQLOptions): string {
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${ASSETS_PATH}/favicon.ico" />
    <link rel="stylesheet" href="${ASSETS_PATH}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${ASSETS_PATH}/boot.js"></script>
    <script src="${ASSETS_PATH}/yoga-graphiql.js"></script>
  </body>
</html>
`;
}

interface Asset {
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

const JAVASCRIPT = 'text/javascript; charset=utf-8';

async function loadAssets(): Promise<Map<string, Asset>> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const favicon = await fetch(bundle.favicon); // a data: URL
  const files: Array<[string, string, string | Uint8Array<ArrayBuffer>]> = [
    ['boot.js', JAVASCRIPT, BOOT_SCRIPT],
    ['yoga-graphiql.js', JAVASCRIPT, bundle.js],
    ['graphiql.css', 'text/css; charset=utf-8', bundle.css],
    ['editor.worker.js', JAVASCRIPT, bundle.editorWorkerService],
    ['json.worker.js', JAVASCRIPT, bundle.jsonWorker],
    ['graphql.worker.js', JAVASCRIPT, bundle.graphqlWorker],
    ['favicon.ico', favicon.headers.get('content-type')!, new Uint8Array(await favicon.arrayBuffer())],
  ];
  return new Map(
    files.map(([name, contentType, content]) => {
      const body = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      return [`${ASSETS_PATH}/${name}`, { contentType, body, etag }];
    }),
  );
}

// About 9 MB: loaded on the first request for an asset, not at every start of the service.
let assets: Promise<Map<string, Asset>> | null = null;

/**
 * Answers every request under /graphiql/ (so none reaches Yoga, which takes any path ending in
 * /graphql for its endpoint) and puts the CSP on the assets and on the GraphiQL page.
 */
export function useGraphiQLAssets(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PREFIX)) return;
      // Refused without reading a body: the connection closes after the answer.
      const refuse = (status: number, headers: Record<string, string> = {}) =>
        endResponse(new fetchAPI.Response(null, { status, headers: { ...headers, connection: 'close' } }));
      if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, { allow: 'GET, HEAD' });
      return (assets ??= loadAssets()).then((files) => {
        const asset = files.get(url.pathname);
        if (!asset) return refuse(404);
        const headers = {
          'content-type': asset.contentType,
          'content-security-policy': GRAPHIQL_CSP,
          // Revalidated on every load (a 304 while unchanged), so an upgrade is never half-cached.
          'cache-control': 'no-cache',
          etag: asset.etag,
        };
        const unchanged = request.headers.get('if-none-match') === asset.etag;
        endResponse(new fetchAPI.Response(unchanged ? null : asset.body, { status: unchanged ? 304 : 200, headers }));
      });
    },
    onResponse({ response }) {
      // The only HTML this service answers is the GraphiQL page.
      if (response.headers.get('content-type')?.startsWith('text/html')) {
        response.headers.set('content-security-policy', GRAPHIQL_CSP);
      }
    },
  };
}
