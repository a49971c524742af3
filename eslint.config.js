// ESLint: typed rules, React hooks, and the import arrows of STYLE.md as per-folder
// no-restricted-imports, so a wrong import fails `npm run lint`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const node = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:*'];
const app = (...folders) =>
  folders.map((f) => `**/app/${f}/**`).concat(folders.map((f) => `**/app/${f}/*`));

/** A no-restricted-imports rule forbidding `paths` (packages) and `groups` (folders). */
function forbid({ packages = [], folders = [], typeOnlyFolders = [], why }) {
  const patterns = [];
  if (folders.length > 0) patterns.push({ group: folders, message: why });
  if (typeOnlyFolders.length > 0)
    patterns.push({ group: typeOnlyFolders, allowTypeImports: true, message: why });
  if (packages.length > 0) patterns.push({ group: packages, message: why });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

const electronAndUi = ['electron', 'react', 'react-dom', 'react-dom/*'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel re-exports inside app/.' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid({
        packages: [
          ...node,
          'electron',
          'lowdb',
          'lowdb/*',
          'proper-lockfile',
          'playwright-core',
          'jsdom',
          'linkedom',
        ],
        folders: app('store', 'ingest', 'main', 'preload', 'cli', 'pdf'),
        typeOnlyFolders: app('ipc'),
        why: 'renderer/ may use pure code from app/core and app/export and only `import type` from app/ipc (STYLE.md).',
      }),
    },
  },
  {
    files: ['app/core/**/*.ts'],
    ignores: ['app/core/**/*.test.ts'],
    rules: forbid({
      packages: [
        ...node,
        ...electronAndUi,
        'lowdb',
        'lowdb/*',
        'marked',
        'zod',
        'jsdom',
        'linkedom',
        'playwright-core',
      ],
      folders: app('store', 'export', 'ipc', 'main', 'preload', 'cli', 'ingest', 'pdf'),
      why: 'app/core is plain TypeScript: no I/O, no electron, no node:*, nothing outside core (STYLE.md).',
    }),
  },
  {
    files: ['app/export/**/*.ts'],
    ignores: ['app/export/**/*.test.ts'],
    rules: forbid({
      packages: [...node, ...electronAndUi, 'lowdb', 'lowdb/*', 'jsdom', 'playwright-core'],
      folders: app('store', 'ipc', 'main', 'preload', 'cli', 'ingest', 'pdf'),
      why: 'app/export is pure: core and marked only (STYLE.md).',
    }),
  },
  {
    files: ['app/store/**/*.ts', 'app/ingest/**/*.ts'],
    rules: forbid({
      packages: [...electronAndUi],
      folders: app('export', 'ipc', 'main', 'preload', 'cli', 'pdf'),
      why: 'app/store and app/ingest use core, their libraries and node:* only (STYLE.md).',
    }),
  },
  {
    files: ['app/pdf/**/*.ts'],
    rules: forbid({
      packages: [...electronAndUi],
      folders: app('store', 'ipc', 'main', 'preload', 'cli', 'ingest'),
      why: 'app/pdf prints export HTML with playwright-core; it knows nothing of storage or IPC.',
    }),
  },
  {
    files: ['app/ipc/contract.ts'],
    rules: forbid({
      packages: [...node, ...electronAndUi, 'lowdb', 'lowdb/*'],
      folders: app('store', 'export', 'main', 'preload', 'cli', 'ingest', 'pdf'),
      why: 'The contract is shared by main, preload, renderer and tests: core types and zod only.',
    }),
  },
  {
    files: ['app/ipc/**/*.ts'],
    ignores: ['app/ipc/contract.ts'],
    rules: forbid({
      packages: [...electronAndUi],
      folders: app('main', 'preload', 'cli'),
      why: 'The dispatcher is called by main and by the e2e bridge, so it never imports electron.',
    }),
  },
  {
    files: ['app/preload/**/*.ts'],
    rules: forbid({
      packages: [...node, 'react', 'lowdb', 'lowdb/*'],
      folders: app('core', 'store', 'export', 'main', 'cli', 'ingest', 'pdf'),
      why: 'preload builds window.api from the contract with contextBridge; nothing else (STYLE.md).',
    }),
  },
  {
    files: ['app/cli/**/*.ts'],
    rules: forbid({
      packages: [...electronAndUi],
      folders: app('main', 'preload', 'ipc'),
      why: 'The CLI is headless: core, store, export, ingest, pdf and node:*, never electron (STYLE.md).',
    }),
  },
  {
    files: ['app/main/**/*.ts'],
    rules: forbid({
      packages: ['react', 'react-dom'],
      folders: ['**/renderer/**', ...app('cli')],
      why: 'main never imports the renderer or the CLI.',
    }),
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
