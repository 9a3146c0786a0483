import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const appRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [react()],
  // Resolves @maillage/* from tsconfig.base.json (through apps/web/tsconfig.json) so the browser can share libs/validation.
  resolve: {
    tsconfigPaths: true,
    // The shared schema's files (templates, documentation, schema.json) ship with the app: the API does not serve them.
    alias: { '@maillage-schemas': fileURLToPath(new URL('../../schemas', import.meta.url)) },
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: in their own chunks they stay cached across deployments.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 4 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/, priority: 3 },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[a-z-]+)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
