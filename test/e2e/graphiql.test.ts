// GraphiQL comes from the service itself, on the built entry point (`npm start`'s bundle): the page
// and every file it loads are same-origin, under a Content-Security-Policy that names no other
// origin, and the headers editor waits for the admin token. Where Debian's Chromium is installed,
// the page is also rendered headless: no CSP violation, no request leaves the origin.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopGracefully } from '../helpers/process-stop.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';

const ADMIN_TOKEN = 'graphiql-e2e-token';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The policy's directives by name, each with its source list. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Every source expression naming something other than this origin: a host, or a scheme but data:. */
function foreignSources(policy: string): string[] {
  return [...directives(policy).values()].flat().filter((source) => !source.startsWith("'") && source !== 'data:');
}

/** The URLs of the page's <script src>, <link href> and <img src>, quoted or not. */
function referencedUrls(html: string, pageUrl: string): URL[] {
  const attributes = /<(?:script|link|img)\b[^>]*?\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  return [...html.matchAll(attributes)].map((m) => new URL(m[1] ?? m[2] ?? m[3]!, pageUrl));
}

/** Paths under /graphiql/ that a script names (the bootstrap names Monaco's workers). */
function scriptedAssetPaths(script: string): string[] {
  return [...script.matchAll(/["'](\/graphiql\/[\w.-]+)["']/g)].map((m) => m[1]!);
}

describe('GraphiQL on the built entry point', () => {
  let dir: string;
  let server: ServerProcess;
  let pageUrl: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'governance-graphiql-'));
    server = await startServerProcess({ DATABASE_PATH: join(dir, 'governance.db'), ADMIN_TOKEN });
    pageUrl = `${server.baseUrl}/graphql`;
  });
  afterAll(async () => {
    await stopGracefully(server);
    rmSync(dir, { recursive: true, force: true });
  });

  // As a browser asks for it: no Authorization header (anonymous operations answer 401, the page does not).
  const loadPage = async () => {
    const response = await fetch(pageUrl, { headers: { accept: 'text/html' } });
    return { response, html: await response.text() };
  };

  it('serves the page and every file it loads from its own origin, each under a CSP naming no other origin', async () => {
    const { response, html } = await loadPage();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = response.headers.get('content-security-policy');
    expect(policy).toBeTruthy();
    expect(foreignSources(policy!)).toEqual([]);
    const policyDirectives = directives(policy!);
    expect(policyDirectives.get('default-src')).toEqual(["'none'"]);
    expect(policyDirectives.get('script-src')).toEqual(["'self'"]);
    expect(policyDirectives.get('worker-src')).toEqual(["'self'"]);
    expect(policyDirectives.get('connect-src')).toEqual(["'self'"]);

    // No inline code: every <script> loads a file, or is a JSON data block (never executed).
    for (const [tag, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\bsrc\s*=/.test(attributes!)) expect(body!.trim(), tag).toBe('');
      else expect(attributes, tag).toMatch(/\btype\s*=\s*"application\/json"/);
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html, 'no absolute URL').not.toMatch(/\/\/[\w.-]/);

    const urls = referencedUrls(html, pageUrl);
    expect(urls.map((url) => url.pathname)).toEqual(
      expect.arrayContaining(['/graphiql/graphiql.css', '/graphiql/yoga-graphiql.js', '/graphiql/boot.js']),
    );
    const scripts = urls.filter((url) => url.pathname.endsWith('.js'));
    const paths = new Set(urls.map((url) => url.pathname));
    for (const url of urls) {
      expect(url.origin, url.href).toBe(server.baseUrl);
      const asset = await fetch(url);
      expect(asset.status, url.href).toBe(200);
      expect(asset.headers.get('content-security-policy'), url.href).toBe(policy);
      const text = await asset.text();
      expect(text.length, url.href).toBeGreaterThan(0);
      if (scripts.includes(url) && text.length < 10_000) for (const path of scriptedAssetPaths(text)) paths.add(path);
    }
    // Monaco's workers, named by the bootstrap script.
    for (const worker of ['/graphiql/editor.worker.js', '/graphiql/json.worker.js', '/graphiql/graphql.worker.js']) {
      expect(paths).toContain(worker);
      const asset = await fetch(`${server.baseUrl}${worker}`);
      expect(asset.status, worker).toBe(200);
      expect(asset.headers.get('content-type'), worker).toMatch(/^text\/javascript/);
      await asset.arrayBuffer();
    }
  });

  it('answers an unchanged asset with 304 and an unknown one with 404', async () => {
    const first = await fetch(`${server.baseUrl}/graphiql/graphiql.css`);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.baseUrl}/graphiql/graphiql.css`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${server.baseUrl}/graphiql/missing.js`)).status).toBe(404);
  });

  it('keeps every other request under /graphiql/ from Yoga, which would take /graphiql/graphql for its endpoint', async () => {
    const operation = {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    };
    const posted = await fetch(`${server.baseUrl}/graphiql/graphql`, operation);
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET, HEAD');
    expect(await posted.text()).toBe('');
    const query = await fetch(`${server.baseUrl}/graphiql/graphql?query=%7B__typename%7D`, { headers: operation.headers });
    expect(query.status).toBe(404);
    expect(await query.text()).toBe('');
  });

  it('is served at /graphql only, not at other paths ending in /graphql', async () => {
    for (const path of ['/x/graphql', '//graphql', '/graphiql/graphql']) {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.text()).not.toContain('graphiql-options');
    }
  });

  it('loads without credentials, its headers editor prefilled with an Authorization bearer header to complete', async () => {
    const { response, html } = await loadPage();
    expect(response.status).toBe(200);
    const block = /<script\b[^>]*\bid="graphiql-options"[^>]*>([\s\S]*?)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    const options = JSON.parse(block![1]!) as Record<string, unknown>;
    expect(options).toMatchObject({
      headers: '{"Authorization": "Bearer "}',
      defaultEditorToolsVisibility: 'headers',
    });
  });

  describe.skipIf(!existsSync(CHROMIUM))(
    `in headless Chromium${existsSync(CHROMIUM) ? '' : ` (skipped: ${CHROMIUM} is missing; apt-get install -y chromium)`}`,
    () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
      });
      afterAll(async () => {
        await browser?.close();
      });

      it('renders with no CSP violation and no request to another origin; the schema loads once the pasted token is sent', async () => {
        const page = await browser.newPage();
        const violations: string[] = [];
        const problems: string[] = [];
        const foreign: string[] = [];
        await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
        // Injected by the DevTools protocol, which the page's CSP does not govern.
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            (window as unknown as { reportViolation(text: string): void }).reportViolation(
              `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
            );
          });
        });
        // Before the token is in, the introspection GraphiQL sends answers 401 (and the console says so).
        const anonymousRefusal = (status: number, url: string) => status === 401 && url === pageUrl;
        page.on('console', (message) => {
          if (message.type() === 'error' && /status of 401/.test(message.text())) return;
          if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
        page.on('response', (response) => {
          if (response.status() >= 400 && !anonymousRefusal(response.status(), response.url())) problems.push(`${response.status()}: ${response.url()}`);
        });
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin !== server.baseUrl && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(url.href);
        });
        const workers: string[] = [];
        page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
        const introspection = () => page.waitForRequest((request) => request.method() === 'POST' && /__schema/.test(request.postData() ?? ''));

        const [anonymous] = await Promise.all([introspection(), page.goto(pageUrl)]);
        expect((await anonymous.response())?.status()).toBe(401);
        await page.locator('.graphiql-container').first().waitFor();
        // Monaco's editor service, the headers editor's JSON language service and the query editor's GraphQL one.
        await expect
          .poll(() => [...workers].sort(), { timeout: 15_000 })
          .toEqual(expect.arrayContaining(['/graphiql/editor.worker.js', '/graphiql/graphql.worker.js', '/graphiql/json.worker.js']));

        const headersEditor = page.locator('.graphiql-editor-tool .monaco-editor[data-uri$="headers.json"]');
        // Monaco renders spaces as no-break spaces.
        const headersText = async () => (await headersEditor.innerText()).replace(/\u00a0/g, ' ');
        // Polled generously: under a loaded machine Monaco renders late.
        const settled = { timeout: 15_000 };
        await expect.poll(headersText, settled).toContain('{"Authorization": "Bearer "}');
        // Pasted where the cursor lands past "Bearer " (Monaco closes the quote and brace itself).
        await headersEditor.click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.insertText(ADMIN_TOKEN);
        await expect.poll(headersText, settled).toContain(`{"Authorization": "Bearer ${ADMIN_TOKEN}"}`);
        const [authenticated] = await Promise.all([
          introspection(),
          page.getByRole('button', { name: /Re-fetch GraphQL schema/ }).click(),
        ]);
        expect(authenticated.headers().authorization).toBe(`Bearer ${ADMIN_TOKEN}`);
        expect((await authenticated.response())?.status()).toBe(200);
        await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
        await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), settled).toContain('query: Query');

        expect(violations).toEqual([]);
        expect(problems).toEqual([]);
        expect(foreign).toEqual([]);
        await page.close();
      });
    },
  );
});
