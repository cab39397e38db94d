import fc from 'fast-check'
import { z } from 'zod'

// Inputs for any API method, generated from the method's own zod schema (via its JSON Schema), so
// every method is fuzzed with values that pass validation often enough to reach the handler, and
// a new method is covered without writing anything. Entity ids are placeholders resolved at call
// time against the rows the document has then; paths are confined to a sandbox folder.

type Schema = { [k: string]: unknown }

/** Stands for "the n-th id the document has when the call is made". */
export interface IdRef {
  readonly __idRef: number
}

const ENTITY_ID = '^[A-Za-z0-9_-]+$'
const MAX_ARRAY = 8
const MAX_STRING = 60

export function isIdRef(v: unknown): v is IdRef {
  return typeof v === 'object' && v !== null && '__idRef' in v
}

/** Strings people type: plain, any Unicode (RTL, emoji, combining), and lone surrogates. */
function text(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const max = Math.max(minLength, Math.min(maxLength, MAX_STRING))
  return fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength: max }), weight: 3 },
    { arbitrary: fc.string({ minLength, maxLength: max, unit: 'grapheme' }), weight: 2 },
    { arbitrary: fc.string({ minLength, maxLength: max, unit: 'binary' }), weight: 1 },
    {
      // Markup, SQL and paths that must stay text; control characters that sanitizing removes entirely.
      arbitrary: fc.constantFrom('<script>alert(1)</script>', '"; DROP TABLE stickies; --', '../../etc/passwd', '\u202eevil', '𝕏🙂', '\u0001', '\u0000\u0007', '\uFFFF', '\uD800'),
      weight: 2
    }
  ).filter((s) => s.length >= minLength && s.length <= maxLength)
}

function idRef(): fc.Arbitrary<IdRef> {
  return fc.nat(10_000).map((n) => ({ __idRef: n }))
}

const METHOD_IDS = ['dystopia', 'blank', 'ecar-circle', 'democracy-lab', 'world-cafe', 'kj-affinity']

function forKey(key: string | undefined, schema: Schema, build: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (key === undefined) return build()
  if (schema.type === 'string' && schema.pattern === ENTITY_ID && /(^id|Id)$/.test(key)) {
    return fc.oneof({ arbitrary: idRef(), weight: 5 }, { arbitrary: build(), weight: 1 })
  }
  if ((key === 'methodId' || key === 'fromId' || (key === 'id' && schema.pattern !== ENTITY_ID)) && schema.type === 'string') {
    return fc.oneof({ arbitrary: fc.constantFrom(...METHOD_IDS), weight: 3 }, { arbitrary: build(), weight: 1 })
  }
  return build()
}

/** A fast-check arbitrary for one JSON Schema node (the subset zod's toJSONSchema emits). */
function fromSchema(schema: Schema, root: Schema, key: string | undefined, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null)
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref === '#' ? root : (((root.$defs ?? {}) as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')] ?? {})
    return fromSchema(ref, root, key, depth + 1)
  }
  if ('const' in schema) return fc.constant(schema.const)
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]))
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (Array.isArray(union)) return fc.oneof(...union.map((s) => fromSchema(s, root, key, depth + 1)))
  const type = schema.type
  return forKey(key, schema, () => {
    switch (type) {
      case 'string': {
        const min = (schema.minLength as number | undefined) ?? 0
        const max = (schema.maxLength as number | undefined) ?? MAX_STRING
        if (typeof schema.pattern === 'string') {
          return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max)
        }
        return text(min, max)
      }
      case 'integer':
        return fc.integer({ min: (schema.minimum as number | undefined) ?? -1_000, max: (schema.maximum as number | undefined) ?? 100_000 })
      case 'number':
        return fc.double({ min: (schema.minimum as number | undefined) ?? -1e6, max: (schema.maximum as number | undefined) ?? 1e6, noNaN: true, noDefaultInfinity: true })
      case 'boolean':
        return fc.boolean()
      case 'null':
        return fc.constant(null)
      case 'array': {
        const items = (schema.items ?? {}) as Schema
        const min = (schema.minItems as number | undefined) ?? 0
        const max = Math.max(min, Math.min((schema.maxItems as number | undefined) ?? MAX_ARRAY, MAX_ARRAY))
        return fc.array(fromSchema(items, root, key?.replace(/s$/, ''), depth + 1), { minLength: min, maxLength: max })
      }
      case 'object': {
        const props = (schema.properties ?? {}) as Record<string, Schema>
        const required = (schema.required ?? []) as string[]
        const model: Record<string, fc.Arbitrary<unknown>> = {}
        for (const [k, s] of Object.entries(props)) model[k] = fromSchema(s, root, k, depth + 1)
        if (Object.keys(model).length === 0) {
          return schema.additionalProperties && typeof schema.additionalProperties === 'object'
            ? fc.dictionary(fc.string({ maxLength: 12 }), fromSchema(schema.additionalProperties as Schema, root, undefined, depth + 1), { maxKeys: 4 })
            : fc.constant({})
        }
        return fc.record(model, { requiredKeys: required.filter((k) => k in model) })
      }
      default:
        return fc.jsonValue({ maxDepth: 3 })
    }
  })
}

/** Values valid for the method's input schema (as far as JSON Schema can say). */
export function validInput(input: z.ZodType): fc.Arbitrary<unknown> {
  const schema = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as Schema
  return fromSchema(schema, schema, undefined, 0)
}

/** Everything a caller could send instead: wrong types, missing and unknown keys, any JSON at all. */
export function mutate(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 1e308, '', '\u0000', [], {}, null, true))
  return fc.oneof(
    { arbitrary: base, weight: 8 },
    fc.tuple(base, fc.nat(), junk).map(([v, n, j]) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return j
      const keys = Object.keys(v)
      if (keys.length === 0) return { [`k${n % 7}`]: j }
      return { ...v, [keys[n % keys.length]]: j }
    }),
    fc.tuple(base, fc.nat()).map(([v, n]) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return v
      const keys = Object.keys(v)
      const out = { ...(v as Record<string, unknown>) }
      if (keys.length > 0) delete out[keys[n % keys.length]]
      return out
    }),
    fc.tuple(base, fc.string({ maxLength: 10 }), junk).map(([v, k, j]) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, [k]: j } : v
    ),
    junk,
    fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true })
  )
}

/** Which collection an id field most likely points into, from its name or the method's area. */
const COLLECTION_BY_KEY: Record<string, string> = {
  phaseId: 'phases',
  toPhaseId: 'phases',
  afterPhaseId: 'phases',
  phaseIds: 'phases',
  meetingId: 'meetings',
  afterMeetingId: 'meetings',
  templateMeetingId: 'meetings',
  clusterId: 'clusters',
  sourceClusterId: 'clusters',
  sourceId: 'clusters',
  stickyIds: 'stickies',
  bodyId: 'bodies',
  receiverIds: 'bodies',
  responsibleIds: 'bodies',
  proposalId: 'proposals',
  summaryId: 'summaries'
}
const COLLECTION_BY_AREA: Record<string, string> = {
  sticky: 'stickies',
  cluster: 'clusters',
  body: 'bodies',
  meeting: 'meetings',
  phase: 'phases',
  countermeasure: 'countermeasures',
  question: 'questions',
  effectRow: 'effectRows',
  proposal: 'proposals',
  response: 'responses',
  feedback: 'feedback',
  knownName: 'knownNames',
  summary: 'summaries',
  correction: 'corrections'
}

export interface ResolveContext {
  docId: string
  /** Ids by collection ("stickies", "phases", …) of the open workshops, and "*" for all of them. */
  ids: Record<string, string[]>
  sandbox: (p: string) => string
  /** The method being called, e.g. "sticky.update": its area picks the collection of a bare "id". */
  method: string
}

function pickId(ref: IdRef, key: string | undefined, ctx: ResolveContext): string {
  const area = ctx.method.split('.')[0]
  const typed = (key && COLLECTION_BY_KEY[key]) ?? (key === 'id' || key === 'ids' || key === 'targetId' ? COLLECTION_BY_AREA[area] : undefined)
  // Mostly an id of the right kind; now and then any id, to test the "wrong kind of row" paths.
  const pool = ref.__idRef % 4 !== 0 && typed && ctx.ids[typed]?.length ? ctx.ids[typed] : ctx.ids['*']
  return pool && pool.length > 0 ? pool[Math.floor(ref.__idRef / 4) % pool.length] : 'no-ids'
}

/** Replace id placeholders with ids the document has, docId with the real one, paths with sandboxed ones. */
export function resolve(value: unknown, ctx: ResolveContext, key?: string): unknown {
  if (isIdRef(value)) return pickId(value, key, ctx)
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx, key))
  if (typeof value === 'string') {
    if (key === 'docId' && !value.startsWith('!')) return ctx.docId
    if (key !== undefined && /(^path$|Path$|^file$|^out$|dir$|folder$)/i.test(key)) return ctx.sandbox(value)
    return value
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {}
    for (const [k, v] of Object.entries(value)) out[k] = resolve(v, ctx, k)
    return out
  }
  return value
}
