import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const appRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [react()],
  // Resolves @maillage/* from tsconfig.base.json (through apps/web/tsconfig.json) so the browser can share libs/validation.
  resolve: { tsconfigPaths: true },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
