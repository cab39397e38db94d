import type { backupMethods } from '../../../shared/api/methods/backup.ts'
import type { Handlers } from '../context.ts'

export const backupHandlers: Handlers<keyof typeof backupMethods> = {
  'backup.list': (input, ctx) => ({ sets: ctx.backups.list(input) }),

  'backup.latestFor': (input, ctx) => ({ backup: ctx.backups.latestFor(input.path) }),

  'backup.create': (input, ctx) => ctx.backups.create(ctx.docs.get(input.docId)),

  'backup.restore': (input, ctx) => {
    const { doc, movedAside } = ctx.backups.restore(ctx.docs, input)
    ctx.library.remember(doc.path)
    ctx.emit({ type: 'library' })
    return { docId: doc.docId, path: doc.path, title: doc.store.all().workshop.title, movedAside }
  }
}
