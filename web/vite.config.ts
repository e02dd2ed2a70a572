// Builds the analyst UI into web/dist, which `parley serve` serves; everything is bundled (no CDN, works offline).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // cytoscape alone is ~400 kB minified; one bundle is fine for a local tool.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm start` runs the API on 8787; `npx vite web` proxies to it while editing the UI.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
