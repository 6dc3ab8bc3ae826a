import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  // No @vitejs/plugin-react (its Babel clashes with jest's): Vite 8 compiles TSX with oxc.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // MUI and react-query mark modules "use client", which means nothing in a client-only bundle.
    rolldownOptions: {
      checks: { moduleLevelDirective: false },
      // The panel, and the API explorer served at /graphiql (GraphiQL bundled here, so it needs no CDN).
      input: { panel: fileURLToPath(new URL('index.html', import.meta.url)), graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) },
    },
  },
  server: { proxy: { '/graphql': apiTarget } },
  worker: { format: 'es' },
});
