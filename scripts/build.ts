// `npm run build` (run by `npm start` first): bundles the entry point and every package it imports into
// dist/main.js, so a start loads one precompiled file instead of compiling TypeScript and resolving
// hundreds of package modules (which made up most of the cold start). Tests and benchmarks that
// spawn the entry point call buildEntryPoint() first.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildEntryPoint(): Promise<void> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/main.ts'],
    outfile: 'dist/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // A native addon: it finds its compiled .node file relative to its own package. GraphiQL's 9 MB
    // build is imported on the first request for its assets, not held by every start.
    external: ['better-sqlite3', '@graphql-yoga/render-graphiql'],
    // A third less source to compile at start and to keep in the heap; names stay readable in stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    // The bundle is what `npm start` runs: libraries take their production paths (graphql-js skips
    // its duplicate-module checks on every type test; graphql-ws never puts error details in close reasons).
    define: { 'process.env.NODE_ENV': '"production"' },
    // Bundled CommonJS packages call require(), which an ES module does not have.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    // For `NODE_OPTIONS=--enable-source-maps` when debugging; off by default, as loading it costs memory.
    sourcemap: 'linked',
    sourcesContent: false,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(`${root}/dist`, { recursive: true });
  for (const file of result.outputFiles) {
    // Renamed into place: a server another test run spawns meanwhile never reads half a file.
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildEntryPoint();
  console.log('dist/main.js built');
}
