import { defineConfig } from 'vite'

// The phone page: one classic script and one stylesheet, built apart from the app into out/phone,
// where the participant server reads them (src/main/host/participants/page.ts). A classic IIFE
// script and an ES2015 target, not a module: residents' phones are whatever phones they have.
// Build from the Medskapa folder: `npx vite build --config src/phone/vite.config.ts`.

export default defineConfig({
  // Paths are relative to the Medskapa folder, where the build runs.
  root: '.',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'out/phone',
    emptyOutDir: true,
    target: 'es2015',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/phone/main.ts',
      formats: ['iife'],
      name: 'MedskapaPhone',
      fileName: () => 'phone.js',
      cssFileName: 'phone'
    }
  }
})
