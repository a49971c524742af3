import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/** Builds the headless CLI as one ESM file for Node; npm dependencies stay external. */
export default defineConfig({
  build: {
    ssr: resolve('app/cli/index.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      external: [
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
        ...Object.keys(pkg.dependencies).flatMap((d) => [d, new RegExp(`^${d}/`)]),
      ],
      output: { format: 'es', entryFileNames: 'briefing.js' },
    },
  },
});
