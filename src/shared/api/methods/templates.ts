import { z } from 'zod'
import { MethodTemplate } from '../../methods/schema.ts'
import { method } from '../define.ts'

// Method templates: the built-in ones and the facilitator's own, kept as JSON files in
// <data folder>/templates/. Changes are announced with a 'library' event.

export const TemplateEntry = z.object({ builtIn: z.boolean(), template: MethodTemplate })
export type TemplateEntry = z.infer<typeof TemplateEntry>

/** An own template file that could not be read; listed so it is not silently hidden. */
export const TemplateProblem = z.object({ file: z.string(), message: z.string() })
export type TemplateProblem = z.infer<typeof TemplateProblem>

const TemplateId = z.string().min(1).max(64)

export const templatesMethods = {
  'templates.list': method(
    z.object({}),
    z.object({ templates: z.array(TemplateEntry), problems: z.array(TemplateProblem) }),
    'Built-in templates first, then own templates by name; unreadable files under problems.'
  ),
  'templates.get': method(z.object({ id: TemplateId }), TemplateEntry, 'One template, built-in or own.'),
  'templates.copy': method(
    z.object({ fromId: TemplateId, newName: z.string().trim().min(1, 'must not be empty').max(200) }),
    TemplateEntry,
    'Copy a template into an own template with a new name and a fresh id made from the name.'
  ),
  'templates.save': method(
    z.object({ template: MethodTemplate }),
    TemplateEntry,
    'Save an own template (new or changed). Built-in ids cannot be overwritten.'
  ),
  'templates.delete': method(z.object({ id: TemplateId }), z.object({}), 'Delete an own template.'),
  'templates.export': method(z.object({ id: TemplateId }), MethodTemplate, 'A template as a JSON object, for a file.'),
  'templates.import': method(
    z.object({
      /** The template object, or its JSON text. */
      json: z.unknown(),
      /** When the id is taken: 'rename' gives it a free id; 'replace' overwrites an own template of that id. */
      onClash: z.enum(['rename', 'replace']).default('rename')
    }),
    z.object({ entry: TemplateEntry, renamedFrom: z.string().nullable() }),
    'Check a template file and add it to the own templates; every problem names its field. A built-in id is always renamed.'
  )
} as const
