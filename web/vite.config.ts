import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    // In development the API runs separately (pnpm dev) on PORT, default 4000.
    proxy: {
      '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
      '/health': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
    },
  },
  build: { outDir: 'dist', sourcemap: true },
});
