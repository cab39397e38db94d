// Lint guards the process boundaries (house style rule 1): electron only in the shell and the
// preload; src/shared is pure TypeScript; the renderer never reaches Node or SQLite.
import js from '@eslint/js'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'url', 'events', 'stream', 'worker_threads']
const pattern = (group, message) => ({ group, message })

const noElectron = pattern(['electron', 'electron/*'], 'electron is imported only by src/main/index.ts, src/main/electron/ and src/preload/.')
const noNode = pattern(NODE_MODULES, 'Node modules are not available here.')
const noSqlite = pattern(['better-sqlite3'], 'SQLite lives in src/main/db/ only.')
const noReact = pattern(['react', 'react-dom', 'react-dom/*', 'react/*'], 'src/shared is pure TypeScript (no React).')
const noServer = pattern(['fastify', '@fastify/*', 'ws'], 'Servers live in src/main/host/.')
const noZustand = pattern(['zustand', 'zustand/*'], 'Use the app store module (src/renderer/src/store) instead of zustand directly.')

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'User text is only ever rendered as text.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'User text is only ever rendered as text.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'User text is only ever rendered as text.' }
      ]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/index.ts', 'src/main/electron/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] }
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noSqlite, noReact, noServer, noZustand] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'Buffer', 'require']
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/store/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noSqlite, noServer, noZustand] }] }
  },
  {
    files: ['src/renderer/src/store/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noSqlite, noServer] }] }
  },
  {
    // The residents' phone page (issue 8): a tiny browser script, so no Node, servers, React or zod.
    files: ['src/phone/**/*.ts'],
    ignores: ['src/phone/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noNode,
            noSqlite,
            noReact,
            noServer,
            noZustand,
            { group: ['zod', 'zod/*'], allowTypeImports: true, message: 'The phone bundle stays small: import types only.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noSqlite, noReact, noServer] }] }
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'react/prop-types': 'off'
    }
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { react },
    rules: { 'react/no-danger': 'error' }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
