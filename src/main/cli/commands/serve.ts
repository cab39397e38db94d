import type { Command } from '../command.ts'

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run Medskapa in the browser (the local host)',
  usage: 'medskapa serve [--data-dir <dir>] [--port <n>] [--static <dir>] [--quiet]',
  help: 'Arguments, including --help, are handled by the host (src/main/host/serve.ts).',
  // The host parses its own options and prints its own help, so they cannot drift apart.
  passThrough: true,
  run: async (args) => {
    // Loaded only here so the other commands do not pay for fastify.
    const { runServe } = await import('../../host/serve.ts')
    const code = await runServe([...args])
    // Everything is closed by now; this only guards against a stray handle keeping Node alive.
    setTimeout(() => process.exit(code), 2_000).unref()
    return code
  }
}
