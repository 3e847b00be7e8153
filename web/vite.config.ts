import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // Brotli (quality 11) and gzip (level 9) copies beside every text file of the build, made once here rather than
    // on each request: the server sends the best one the browser accepts (server/src/dashboard-files). Source maps
    // are left out (only developer tools fetch them; the server compresses those on the fly).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(html|css|js|mjs|json|svg|ttf)$/,
    }),
  ],
  server: {
    // In development the API runs separately (pnpm dev) on PORT, default 4000.
    proxy: {
      '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
      '/health': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
      // The data page's and the scorecard's downloads (/export/observations.csv, /export/scorecard.xlsx).
      '/export': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Two pages: the dashboard, and the GraphQL explorer the server shows at /graphql. Separate entries keep
    // GraphiQL and Monaco out of the dashboard's bundle. (`rolldownOptions` is Vite 8's name for `rollupOptions`.)
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer.html', import.meta.url)),
      },
      onwarn(warning, warn) {
        // GraphiQL's modules carry React Compiler's "use no memo" directive; bundling drops it, harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use no memo')) return;
        warn(warning);
      },
    },
  },
});
