import { ApiError } from '../../../shared/api/errors.ts'
import type { templatesMethods } from '../../../shared/api/methods/templates.ts'
import { isBuiltInMethodId } from '../../../shared/methods/index.ts'
import { checkTemplate, freeTemplateId, templateSlug } from '../../../shared/methods/validate.ts'
import { sanitizeLine } from '../../../shared/text/sanitize.ts'
import type { CoreContext, Handlers } from '../context.ts'
import { TemplatesLibrary } from '../templates-library.ts'

const templates = (ctx: CoreContext): TemplatesLibrary => new TemplatesLibrary(ctx.library.dataDir)

// Views listing templates refresh on the 'library' event, as for workshop files.
const changed = (ctx: CoreContext): void => ctx.emit({ type: 'library' })

export const templatesHandlers: Handlers<keyof typeof templatesMethods> = {
  'templates.list': (_input, ctx) => templates(ctx).list(),

  'templates.get': (input, ctx) => templates(ctx).require(input.id),

  'templates.copy': (input, ctx) => {
    const lib = templates(ctx)
    const source = lib.require(input.fromId).template
    const name = sanitizeLine(input.newName)
    if (name === '') throw new ApiError('invalid_input', 'newName: must not be empty', [{ path: 'newName', message: 'must not be empty' }])
    const entry = lib.save({
      ...structuredClone(source),
      id: freeTemplateId(templateSlug(name), (id) => lib.isTaken(id)),
      basedOn: source.id,
      sv: { ...source.sv, name },
      en: { ...source.en, name }
    })
    changed(ctx)
    return entry
  },

  'templates.save': (input, ctx) => {
    const entry = templates(ctx).save(input.template)
    changed(ctx)
    return entry
  },

  'templates.delete': (input, ctx) => {
    templates(ctx).delete(input.id)
    changed(ctx)
    return {}
  },

  'templates.export': (input, ctx) => templates(ctx).require(input.id).template,

  'templates.import': (input, ctx) => {
    const checked = checkTemplate(input.json)
    if (!checked.ok) throw new ApiError('invalid_input', `The template file is not valid: ${checked.message}`, checked.issues)
    const lib = templates(ctx)
    const wanted = checked.template.id
    // A clash never overwrites a built-in; with 'rename' it never overwrites anything, so
    // importing the same file twice gives two templates rather than losing one.
    const rename = lib.isTaken(wanted) && (input.onClash === 'rename' || isBuiltInMethodId(wanted))
    const id = rename ? freeTemplateId(wanted, (x) => lib.isTaken(x)) : wanted
    const entry = lib.save({ ...checked.template, id })
    changed(ctx)
    return { entry, renamedFrom: rename ? wanted : null }
  }
}
