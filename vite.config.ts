import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
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
        const scripts = [board.fileName, ...board.imports].filter((f) => !html.includes(f));
        const styles = [...(board.viteMetadata?.importedCss ?? [])];
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

// One file for the client build and every test project: the brief keeps tool
// settings inside the top-level files rather than beside them.
export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [react(), preloadBoardPage()],
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
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
