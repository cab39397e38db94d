import fs from 'node:fs'
import path from 'node:path'
import { ApiError, fromZodError } from '../../../shared/api/errors.ts'
import { FORMAT_NAME, FORMAT_VERSION, WorkshopFile } from '../../../shared/domain/interchange.ts'
import { instantiateMethod } from '../../../shared/methods/instantiate.ts'
import { sanitizeLine } from '../../../shared/text/sanitize.ts'
import type { CoreContext, Handlers } from '../context.ts'
import { demoWorkshop, emptyCollections } from '../demo.ts'
import type { OpenDocument } from '../documents.ts'
import { systemIds } from '../ids.ts'
import { describeFile, DOC_EXT } from '../library.ts'
import { TemplatesLibrary } from '../templates-library.ts'

function opened(ctx: CoreContext, doc: OpenDocument): { docId: string; path: string; title: string } {
  ctx.library.remember(doc.path)
  ctx.emit({ type: 'library' })
  // The workshop row alone: reading every table for a title doubled the cost of opening a large workshop.
  return { docId: doc.docId, path: doc.path, title: doc.store.list('workshop')[0].title }
}

export const libraryHandlers: Handlers<
  | 'app.info'
  | 'library.list'
  | 'library.create'
  | 'library.open'
  | 'library.openDemo'
  | 'library.close'
  | 'library.import'
  | 'library.forget'
  | 'workshop.export'
> = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    host: ctx.host,
    dataDir: ctx.library.dataDir,
    demoPath: ctx.library.demoPath
  }),

  'library.list': (_input, ctx) => {
    const openId = (p: string): string | null => ctx.docs.byPath(p)?.docId ?? null
    const recent = ctx.library.recentPaths().map((p) => describeFile(p, openId(p)))
    const files = ctx.library
      .filesInDataDir()
      .map((p) => describeFile(p, openId(p)))
      .sort((a, b) => b.modifiedAt - a.modifiedAt)
    return { recent, files }
  },

  'library.create': (input, ctx) => {
    // Built-in or the facilitator's own template from <data folder>/templates/.
    const method = new TemplatesLibrary(ctx.library.dataDir).findMethod(input.methodId)
    if (!method) throw new ApiError('invalid_input', `methodId: there is no method "${input.methodId}"`, [
      { path: 'methodId', message: 'unknown method' }
    ])
    const title = sanitizeLine(input.title)
    // Control characters pass the schema's trim() but not sanitizing: nothing may be left.
    if (title === '') throw new ApiError('invalid_input', 'title: must not be empty', [{ path: 'title', message: 'must not be empty' }])
    const { workshop, meetings, phases } = instantiateMethod(method, { title, language: input.language }, systemIds)
    const doc = ctx.docs.createFrom(ctx.library.newPathFor(title), {
      ...emptyCollections(),
      workshop,
      meetings,
      phases
    })
    return opened(ctx, doc)
  },

  'library.open': (input, ctx) => {
    try {
      return opened(ctx, ctx.docs.open(input.path))
    } catch (e) {
      // A file that cannot be used comes with its newest backup, so the view can offer it.
      throw ctx.backups.offerBackup(e, input.path)
    }
  },

  'library.openDemo': (_input, ctx) => {
    const demoPath = ctx.library.demoPath
    const doc = fs.existsSync(demoPath) ? ctx.docs.open(demoPath) : ctx.docs.createFrom(demoPath, demoWorkshop(systemIds))
    return opened(ctx, doc)
  },

  'library.close': (input, ctx) => {
    if (ctx.docs.close(input.docId)) ctx.emit({ type: 'closed', docId: input.docId })
    return {}
  },

  'library.import': (input, ctx) => {
    const parsed = WorkshopFile.safeParse(input.json)
    if (!parsed.success) throw fromZodError(parsed.error, 'The workshop file is not valid')
    const { format: _f, formatVersion: _v, exportedAt: _e, ...data } = parsed.data
    let target = input.path ? path.resolve(input.path) : ctx.library.newPathFor(data.workshop.title)
    if (!target.endsWith(DOC_EXT)) target += DOC_EXT
    return opened(ctx, ctx.docs.createFrom(target, data))
  },

  'library.forget': (input, ctx) => {
    ctx.library.forget(input.path)
    ctx.emit({ type: 'library' })
    return {}
  },

  'workshop.export': (input, ctx) => {
    const data = ctx.docs.get(input.docId).store.all()
    return { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, exportedAt: new Date().toISOString(), ...data }
  }
}
