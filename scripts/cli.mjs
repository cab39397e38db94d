// `npm run cli`: the command line's entry, in plain JavaScript. A .ts entry makes Node load its
// TypeScript stripper (a WebAssembly module, ~60 ms) before the first line runs, even when every
// module after it would come stripped from the compile cache. Started here, the cache is on
// before any TypeScript is read, and the stripper is only loaded for files that changed.
import module, { createRequire } from 'node:module'
import path from 'node:path'

createRequire(import.meta.url)('./check-node.cjs')
// The same folder src/main/cli.ts enables when run directly, so both share one cache.
module.enableCompileCache?.(path.join(import.meta.dirname, '..', 'node_modules', '.cache', 'medskapa-cli'))
await import('../src/main/cli.ts')
