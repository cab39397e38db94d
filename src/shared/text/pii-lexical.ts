// Notes are stored as Lexical's serialized editor state. The guard, search and the report read
// their plain text, and the guard's replacements must land in the editor state too — so this file
// derives the plain text the same way Lexical's ElementNode.getTextContent does (blocks joined by
// a blank line, line breaks as "\n") and maps positions in it back to text nodes. Pure JSON work:
// no Lexical runtime, no DOM.
import { sanitizeText } from './sanitize.ts'

export interface LexNode {
  type: string
  children?: LexNode[]
  text?: string
  url?: string
  [key: string]: unknown
}

export interface LexState {
  root: LexNode
  [key: string]: unknown
}

/** Element types that flow inside a paragraph; every other element is a block. */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark'])
const MAX_DEPTH = 64
const MAX_NODES = 500_000
const SAFE_URL = /^https?:\/\/[^\s]+$/i

export type ParseResult = { ok: true; state: LexState; changed: boolean } | { ok: false; path: string; message: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Parse and check a serialized editor state: a root with children, sane nesting, links only to
 * http(s) (the app opens them outside itself, so nothing else may get that far). Text is cleaned of
 * control characters that would make a report unopenable; `changed` says whether that happened.
 */
export function parseLexical(json: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    return { ok: false, path: '(root)', message: `is not valid JSON (${(e as Error).message})` }
  }
  if (!isObject(data) || !isObject(data.root)) return { ok: false, path: 'root', message: 'must be an object' }
  if (data.root.type !== 'root') return { ok: false, path: 'root.type', message: 'must be "root"' }
  if (!Array.isArray(data.root.children)) return { ok: false, path: 'root.children', message: 'must be a list' }
  let changed = false
  let count = 0
  const stack: { node: unknown; path: string; depth: number }[] = [{ node: data.root, path: 'root', depth: 0 }]
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as { node: unknown; path: string; depth: number }
    if (++count > MAX_NODES) return { ok: false, path, message: `has more than ${MAX_NODES} nodes` }
    if (depth > MAX_DEPTH) return { ok: false, path, message: `is nested deeper than ${MAX_DEPTH} levels` }
    if (!isObject(node)) return { ok: false, path, message: 'must be an object' }
    if (typeof node.type !== 'string' || node.type.length === 0 || node.type.length > 64) {
      return { ok: false, path: `${path}.type`, message: 'must be a node type name' }
    }
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') return { ok: false, path: `${path}.text`, message: 'must be text' }
      const clean = sanitizeText(node.text)
      if (clean !== node.text) {
        node.text = clean
        changed = true
      }
    }
    if ((node.type === 'link' || node.type === 'autolink' || node.url !== undefined) && !(typeof node.url === 'string' && SAFE_URL.test(node.url))) {
      return { ok: false, path: `${path}.url`, message: 'links must start with http:// or https://' }
    }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return { ok: false, path: `${path}.children`, message: 'must be a list' }
      node.children.forEach((c, i) => stack.push({ node: c, path: `${path}.children[${i}]`, depth: depth + 1 }))
    }
  }
  return { ok: true, state: data as LexState, changed }
}

export interface TextSegment {
  node: LexNode
  /** Where the node's text sits in the plain text. */
  start: number
  end: number
}

/** The note's plain text, and where each text-bearing leaf sits in it. */
export function lexicalText(state: LexState): { text: string; segments: TextSegment[] } {
  const parts: string[] = []
  const segments: TextSegment[] = []
  let at = 0
  const put = (s: string): void => {
    parts.push(s)
    at += s.length
  }
  // Iterative so a deep (but valid) tree cannot exhaust the call stack.
  type Step = { node: LexNode } | { gap: string }
  const stack: Step[] = [{ node: state.root }]
  while (stack.length > 0) {
    const step = stack.pop() as Step
    if ('gap' in step) {
      put(step.gap)
      continue
    }
    const node = step.node
    if (Array.isArray(node.children)) {
      const kids = node.children
      for (let i = kids.length - 1; i >= 0; i--) {
        const child = kids[i]
        if (i !== kids.length - 1 && Array.isArray(child.children) && !INLINE_ELEMENTS.has(child.type)) stack.push({ gap: '\n\n' })
        stack.push({ node: child })
      }
    } else if (node.type === 'linebreak') {
      put('\n')
    } else if (typeof node.text === 'string') {
      segments.push({ node, start: at, end: at + node.text.length })
      put(node.text)
    }
  }
  return { text: parts.join(''), segments }
}

export const lexicalPlainText = (state: LexState): string => lexicalText(state).text

function removeNode(root: LexNode, target: LexNode): void {
  const stack: LexNode[] = [root]
  while (stack.length > 0) {
    const n = stack.pop() as LexNode
    if (!Array.isArray(n.children)) continue
    const i = n.children.indexOf(target)
    if (i >= 0) {
      n.children.splice(i, 1)
      return
    }
    stack.push(...n.children)
  }
}

/**
 * Replace plain-text positions [start, end) with `replacement`, in place. The first text node the
 * range touches takes the replacement (keeping its formatting); the covered text of any further
 * nodes is cut, and nodes left empty are dropped. Returns false when the range touches no text.
 */
export function replaceInLexical(state: LexState, start: number, end: number, replacement: string): boolean {
  const { segments } = lexicalText(state)
  const touched = segments.filter((s) => s.start < end && s.end > start)
  if (touched.length === 0) return false
  touched.forEach((seg, i) => {
    const text = seg.node.text as string
    const from = Math.max(0, start - seg.start)
    const to = Math.min(text.length, end - seg.start)
    const next = text.slice(0, from) + (i === 0 ? replacement : '') + text.slice(to)
    if (next === '' && i > 0 && seg.node.type === 'text') removeNode(state.root, seg.node)
    else seg.node.text = next
  })
  return true
}
