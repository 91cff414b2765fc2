import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor code changes less often than the app: separate chunks stay cached across releases.
function manualChunks(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  // antd's own building blocks get a chunk of their own: antd alone is close to a megabyte.
  if (/node_modules\/(@rc-component|rc-[^/]+|@ant-design)\//.test(id)) return 'antd-base';
  if (/node_modules\/antd\//.test(id)) return 'antd';
  // Charts load with the pages that draw them, not with sign-in.
  if (/node_modules\/(echarts|zrender|echarts-for-react|size-sensor)\//.test(id)) return 'charts';
  return 'vendor';
}

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: { manualChunks },
    },
  },
});
