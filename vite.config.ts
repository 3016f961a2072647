import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * On a board page (`/b/…`, `/v/…`) the browser starts fetching the board's
 * code while it still loads the entry, instead of after the entry has run and
 * asked for it (issue 4: interactive within 1 s). The landing page loads none
 * of it. An inline script, because the page's path decides.
 */
function preloadBoardPage(): Plugin {
  return {
    name: 'netvaerkstavle:preload-board-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {});
        const board = chunks.find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/client/board/BoardPage.tsx'),
        );
        if (board === undefined || board.type !== 'chunk') {
          throw new Error('preload-board-page: the BoardPage chunk is missing from the build');
        }
        // With what it imports, and that with what it imports: the page's chunk only
        // re-exports the page from the chunk that holds it (the BoardPage group below).
        const closure = new Set([board.fileName]);
        for (const file of closure) {
          const chunk = ctx.bundle?.[file];
          if (chunk?.type === 'chunk') chunk.imports.forEach((f) => closure.add(f));
        }
        const scripts = [...closure].filter((f) => !html.includes(f));
        const styles = [...closure]
          .flatMap((f) => {
            const chunk = ctx.bundle?.[f];
            return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
          })
          .filter((f) => !html.includes(f));
        const links = [
          ...scripts.map((f) => ['modulepreload', f, '']),
          ...styles.map((f) => ['preload', f, 'style']),
        ];
        return [
          {
            tag: 'script',
            // First in <head>: an inline script waits for the stylesheets above it.
            injectTo: 'head-prepend',
            children:
              `if (/^\\/[bv]\\//.test(location.pathname)) for (const [rel, href, as] of ${JSON.stringify(links)}) {` +
              ` const l = document.createElement('link'); l.rel = rel; l.href = '/' + href;` +
              ` l.crossOrigin = ''; if (as) l.as = as; document.head.appendChild(l); }`,
          },
        ];
      },
    },
  };
}

const BUILD_ASSETS_PLACEHOLDER = '__NETVAERKSTAVLE_BUILD_ASSETS__';

/**
 * Writes the build's asset list into the service worker (client/sync/serviceWorker.ts),
 * which fetches them all at install: the parts loaded on first use (the editors, the
 * plan, the DOCX writer) then work offline too (issue 6, scenario 6).
 */
function serviceWorkerAssets(): Plugin {
  return {
    name: 'netvaerkstavle:service-worker-assets',
    apply: 'build',
    // After Vite's own: it drops the empty JS chunks of CSS-only modules there, which
    // listed here would be fetched in vain (404).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const assets = Object.keys(bundle)
          .filter((file) => file.startsWith('assets/') && /\.(js|css)$/.test(file))
          .sort()
          .map((file) => `/${file}`);
        const worker = bundle['sw.js'];
        const quoted = ["'", '"', '`'].map(
          (quote) => `${quote}${BUILD_ASSETS_PLACEHOLDER}${quote}`,
        );
        const found =
          worker?.type === 'chunk' ? quoted.find((q) => worker.code.includes(q)) : undefined;
        if (worker?.type !== 'chunk' || found === undefined) {
          throw new Error('service-worker-assets: sw.js or its asset placeholder is missing');
        }
        // Registered as a classic script: an import (a module shared with the page) would fail.
        if (worker.imports.length > 0) {
          throw new Error(`service-worker-assets: sw.js imports ${worker.imports.join(', ')}`);
        }
        // A JS string holding JSON: the worker parses it (a literal array would be folded away).
        worker.code = worker.code.replace(found, JSON.stringify(JSON.stringify(assets)));
      },
    },
  };
}

/** What is worth compressing: text. Source maps are left out (only developer tools fetch them). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest)$/;
/** Below this a file fits in a packet or two anyway. */
const COMPRESS_MIN_BYTES = 1024;
/** A variant kept must save a fifth at least; less is not worth the client's decoding. */
const COMPRESS_MAX_RATIO = 0.8;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside
 * each text file of the build, once, so the server sends them as they are
 * (server/static.ts, server/content-encoding.ts) rather than compressing on every request: the
 * board page's ~800 kB of JavaScript is ~250 kB gzip, less as brotli, over a
 * workshop's shared Wi-Fi. Written after the bundle (writeBundle), so the
 * service worker's asset list never names them. node:zlib, no dependency.
 */
function precompress(): Plugin {
  return {
    name: 'netvaerkstavle:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (dir === undefined) throw new Error('precompress: the build has no output directory');
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file);
          const source = await readFile(path);
          if (source.length < COMPRESS_MIN_BYTES) return;
          const variants = await Promise.all([
            brotli(source, {
              params: {
                [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
                [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
                [zlib.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }).then((body) => ['br', body] as const),
            gzipped(source, { level: 9 }).then((body) => ['gz', body] as const),
          ]);
          for (const [extension, body] of variants) {
            if (body.length <= source.length * COMPRESS_MAX_RATIO) {
              await writeFile(`${path}.${extension}`, body);
            }
          }
        }),
      );
    },
  };
}

const FAST_STRINGS = fileURLToPath(new URL('./client/sync/fastStrings.ts', import.meta.url));

/** lib0 module → the line that picks its string function, and what replaces it. */
const STRING_PATCHES: Record<string, [target: string, replacement: string]> = {
  'decoding.js': [
    'export const readVarString = string.utf8TextDecoder ? _readVarStringNative : _readVarStringPolyfill',
    'export const readVarString = (decoder) => readVarStringShortFirst(decoder, readVarUint)',
  ],
  'encoding.js': [
    'export const writeVarString = (string.utf8TextEncoder && /** @type {any} */ (string.utf8TextEncoder).encodeInto) ? _writeVarStringNative : _writeVarStringPolyfill',
    'export const writeVarString = (encoder, str) => writeVarStringShortFirst(encoder, str, writeVarUint, write, _writeVarStringNative)',
  ],
};

/**
 * Yjs reads and writes every key, id and short value of a board through
 * lib0's `readVarString` / `writeVarString`, one `TextDecoder` /
 * `TextEncoder` call per string: a 3,000-note board holds about 100,000 of
 * them, and the call costs more than the bytes (issue 4: interactive within
 * 1 s). Short ASCII strings are handled directly (client/sync/fastStrings.ts);
 * the bytes and strings are the same (test/client/fast-strings.test.ts).
 */
export function fastShortStrings(): Plugin {
  return {
    name: 'netvaerkstavle:fast-short-strings',
    transform(code, id) {
      const file = /[\\/]lib0[\\/](decoding|encoding)\.js$/.exec(id)?.[1];
      if (file === undefined || process.env.NO_FAST_STRINGS) return null;
      const [target, replacement] = STRING_PATCHES[`${file}.js`] ?? ['', ''];
      if (!code.includes(target)) {
        throw new Error(`fast-short-strings: lib0/${file}.js changed; update the patch`);
      }
      const imported = file === 'decoding' ? 'readVarStringShortFirst' : 'writeVarStringShortFirst';
      // On the first line and in place: no line moves, so the source map stays right (map: null).
      return {
        code:
          `import { ${imported} } from ${JSON.stringify(FAST_STRINGS)};` +
          code.replace(target, replacement),
        map: null,
      };
    },
  };
}

/**
 * Hands a module of ours to one dependency's import of `source` (only when
 * the importer matches `importer`): for parts of a package the board never
 * uses but the package's own files pull in.
 */
function replaceImport(name: string, importer: RegExp, source: string, ours: string): Plugin {
  return {
    name,
    enforce: 'pre',
    resolveId(asked, from) {
      return from !== undefined && importer.test(from) && asked === source ? ours : null;
    },
  };
}

const ours = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Konva's core without its animation classes (client/canvas/konvaCore.ts). */
export const slimKonvaCore = () =>
  replaceImport(
    'netvaerkstavle:slim-konva-core',
    /[\\/]konva[\\/]lib[\\/]Core\.js$/,
    './_CoreInternals.js',
    ours('./client/canvas/konvaCore.ts'),
  );

/** Yjs's warnings without lib0's console styling (client/sync/yjsLogging.ts). */
export const slimYjsLogging = () =>
  replaceImport(
    'netvaerkstavle:slim-yjs-logging',
    /[\\/]node_modules[\\/]yjs[\\/]/,
    'lib0/logging',
    ours('./client/sync/yjsLogging.ts'),
  );

/**
 * Konva's table of the 148 CSS colour names (1.6 kB gzip of the start-up budget, issue 6),
 * emptied in place (its lines kept, so the source map stays right). Konva reads it only to
 * parse a named colour into numbers: for shadows and tweens, which the board never uses (a
 * unit test keeps them out of client/); fills and strokes go to the canvas as they are, where
 * names still work. In the build only, as the other slimming transforms: the development
 * server's pre-bundled Konva keeps its table. The build fails if Konva changes the table's line.
 */
export const noKonvaColorNames = (): Plugin => ({
  name: 'netvaerkstavle:no-konva-color-names',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]konva[\\/]lib[\\/]Util\.js$/.test(id)) return null;
    const table = /COLORS = \{[^}]*\}/.exec(code)?.[0];
    if (table === undefined || !table.includes('aliceblue')) {
      throw new Error('no-konva-color-names: konva/lib/Util.js changed; update the patch');
    }
    const emptied = `COLORS = {${table.replace(/[^\n]/g, '')}}`;
    return { code: code.replace(table, emptied), map: null };
  },
});

/**
 * The plan checks' messages load when first shown (client/plan/checkWording.ts):
 * in the build only, so the server, the tests and the development server word
 * checks at once as before.
 */
export const lazyCheckMessages = (): Plugin => ({
  ...replaceImport(
    'netvaerkstavle:lazy-check-messages',
    /[\\/]shared[\\/]check-object\.ts$/,
    './i18n/checks.ts',
    ours('./client/plan/checkMessagesStandIn.ts'),
  ),
  apply: 'build',
});

// One file for the client build and every test project: the brief keeps tool
// settings inside the top-level files rather than beside them.
export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [
    react(),
    preloadBoardPage(),
    serviceWorkerAssets(),
    precompress(),
    fastShortStrings(),
    slimKonvaCore(),
    slimYjsLogging(),
    noKonvaColorNames(),
    lazyCheckMessages(),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The service worker is its own entry at a fixed URL (its scope is the whole site).
      input: {
        index: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        sw: fileURLToPath(new URL('./client/sync/serviceWorker.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        // The board page's small shared modules (schema, results, dates, the plan's texts, the
        // REST client) in one chunk rather than eight of 0.1–1.8 kB: each chunk costs its own
        // import and export lists and gzip starts afresh in each, 1.6 kB gzip in all (issue 6:
        // ≤ 250 kB). The landing page, which needs only some of them, loads 2 kB more; with the
        // clock-time wording (time-text, and so the panels' texts) that its date field shows.
        codeSplitting: {
          groups: [
            {
              // What the entry imports before it runs, with their imports, as one chunk (issue 4:
              // painted ≤ 1 s). Apart, Rolldown made them seven chunks of 0.4–13 kB beside the
              // entry (React, the page's frame, the early socket, the schema, Vite's preload
              // helper), all asked for at once: with the browser's six connections per host the
              // entry waited for a second round of requests, and only then ran and opened the
              // board's socket. Not the entry (main.tsx) itself: it awaits the board page, which
              // imports this chunk, and a chunk in a cycle with a top-level await never runs.
              name: 'start',
              priority: 2,
              test: /client[\\/](sync[\\/](openEarly|offlineShell)|zodConfig|app[\\/]App)\.tsx?$|[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            },
            {
              name: 'shared-core',
              priority: 1,
              test: /shared[\\/](i18n[\\/](plan-ui|meetings|quotes)|plan-agenda|schema|result|dates|time-text)\.ts$|client[\\/]sync[\\/]api\.ts$/,
            },
            {
              // The board page's code with all it imports (but the two groups above) as one
              // chunk, with the modules that the parts it loads on first use (editors, plan)
              // share with it. Rolldown put those in a common chunk of their own (14.5 kB gzip,
              // 'board-shared'), with its own import and export lists and gzip starting afresh:
              // 2.0 kB gzip more than as one (issue 6: ≤ 250 kB). Rolldown keeps a 65-byte
              // BoardPage chunk that re-exports the page from this one (preloadBoardPage
              // preloads both). A shared module missing here costs bytes, never breaks; one the
              // landing page imports must not be here (it would load all of the board's code;
              // create-board.test.ts checks that the landing page loads no BoardPage chunk).
              name: 'BoardPage',
              test: /client[\\/](board[\\/]BoardPage|canvas[\\/](boardGeometry|colors|viewport|keyboard|textLayout)|app[\\/](focusTrap|useDismiss|usePageHide|formChoices|useRowWindow|windowing|rowMeasure|scrollViewport|lazyPart)|plan[\\/](ChecksPanel|checkWording|labels|SoftHyphens|windowGap)|panels[\\/](panelParts|menuItems)|board[\\/](undoKeys|planSplit))\.tsx?$|shared[\\/](i18n[\\/]canvas|layout|minutes|board-index|plan-labels|hyphenate)\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/ws': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          // Some tests run hundreds of random edits (4–5 s alone on this 2-core
          // machine); a limit is for hung tests, not a speed target.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['test/e2e/**/*.test.ts'],
          // A busy machine runs them up to six times slower (a 10 s test took over 60 s at
          // load 15); a test that hangs still fails.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
