import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'

export const NOT_BUILT_MESSAGE =
  'the app is not built: run npm run build\nappen är inte byggd: kör npm run build\n'

/** The built renderer (out/renderer): hashed assets plus index.html, which is the app's one page. */
export async function registerStatic(app: FastifyInstance, staticDir: string): Promise<void> {
  const root = path.resolve(staticDir)
  const indexFile = path.join(root, 'index.html')

  // index.html names the current asset hashes: a cached copy after a rebuild would load old code.
  const noStoreForHtml = (reply: FastifyReply, filePath: string): void => {
    if (filePath.endsWith('.html')) reply.header('cache-control', 'no-store')
  }

  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    list: false,
    dotfiles: 'deny',
    // Checked per request below: the host may start before the first build finishes.
    suppressWarning: true,
    setHeaders: noStoreForHtml
  })

  app.get('/', async (_request, reply) => {
    // Checked on each request so a build made while the host runs is picked up by a reload.
    if (!fs.existsSync(indexFile)) {
      return reply.code(503).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(NOT_BUILT_MESSAGE)
    }
    return reply.header('cache-control', 'no-store').sendFile('index.html', { cacheControl: false })
  })
}
