import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/core/policy/csp.ts';

/** Writes the one CSP of electron/core/policy into index.html, so the meta tag never drifts. */
const cspMeta = (): Plugin => ({
  name: 'safehold-csp-meta',
  transformIndexHtml: (html) => html.replace('%SAFEHOLD_CSP%', CONTENT_SECURITY_POLICY),
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline script or style may be produced: the CSP forbids both.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
