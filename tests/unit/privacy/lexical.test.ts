import { $createLinkNode, AutoLinkNode, LinkNode } from '@lexical/link'
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list'
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text'
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { lexicalPlainText, parseLexical, replaceInLexical, type LexState } from '../../../src/shared/text/pii-lexical.ts'
import { detectPersonalData } from '../../../src/shared/text/pii.ts'

// Lexical itself is the oracle: states are built and read back by the real editor (headless).
function editor(): LexicalEditor {
  return createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
    onError: (e) => {
      throw e
    }
  })
}

function sampleJson(): string {
  const ed = editor()
  ed.update(
    () => {
      const h = $createHeadingNode('h2')
      h.append($createTextNode('Möte 1 med Anna'))
      const p = $createParagraphNode()
      p.append($createTextNode('Hon sa: mitt nr är 811218-'), $createTextNode('9876').toggleFormat('bold'), $createTextNode(' ok'))
      const list = $createListNode('bullet')
      const i1 = $createListItemNode()
      i1.append($createTextNode('punkt'))
      const i2 = $createListItemNode()
      const link = $createLinkNode('https://www.boras.se')
      link.append($createTextNode('länk'))
      i2.append($createTextNode('ring 070-123 45 67'), $createLineBreakNode(), link, $createTextNode(' slut'))
      const nested = $createListNode('number')
      const i3 = $createListItemNode()
      i3.append($createTextNode('djup punkt, mejla anna@boras.se'))
      nested.append(i3)
      const i4 = $createListItemNode()
      i4.append(nested)
      list.append(i1, i2, i4)
      const q = $createQuoteNode()
      q.append($createTextNode('citat'), $createTextNode('\t'), $createTextNode('efter tab'))
      $getRoot().append(h, p, list, q, $createParagraphNode())
    },
    { discrete: true }
  )
  return JSON.stringify(ed.getEditorState().toJSON())
}

/** What Lexical itself says the text is, after loading the JSON (which must load). */
function lexicalSays(json: string): string {
  const ed = editor()
  const state = ed.parseEditorState(json)
  return state.read(() => $getRoot().getTextContent())
}

function parsed(json: string): LexState {
  const r = parseLexical(json)
  if (!r.ok) throw new Error(`${r.path}: ${r.message}`)
  return r.state
}

describe('plain text of a Lexical note', () => {
  it('is exactly what Lexical getTextContent gives', () => {
    const json = sampleJson()
    expect(lexicalPlainText(parsed(json))).toBe(lexicalSays(json))
    expect(lexicalPlainText(parsed(json))).toContain('811218-9876')
  })

  it('is empty for an empty editor', () => {
    const ed = editor()
    const json = JSON.stringify(ed.getEditorState().toJSON())
    expect(lexicalPlainText(parsed(json))).toBe(lexicalSays(json))
  })
})

describe('replacing inside a Lexical note', () => {
  it('replaces every finding, also one split over two text nodes, and Lexical still loads it', () => {
    const json = sampleJson()
    const state = parsed(json)
    const text = lexicalPlainText(state)
    const hits = detectPersonalData(text, { knownNames: ['Anna'] })
    expect(hits.map((h) => h.kind)).toEqual(['name', 'personnummer', 'phone', 'email'])
    for (const h of [...hits].reverse()) expect(replaceInLexical(state, h.start, h.end, `[${h.kind}]`)).toBe(true)
    const out = JSON.stringify(state)
    const after = lexicalSays(out)
    expect(after).toBe(lexicalPlainText(state))
    expect(after).toContain('Möte 1 med [name]')
    expect(after).toContain('mitt nr är [personnummer] ok')
    expect(after).toContain('ring [phone]\nlänk slut')
    expect(after).toContain('mejla [email]')
    expect(detectPersonalData(after, { knownNames: ['Anna'] })).toEqual([])
    // The node holding the start keeps its own formatting; the emptied bold node is gone.
    const para = state.root.children?.[1]
    expect(para?.children?.map((c) => [c.text, c.format])).toEqual([
      ['Hon sa: mitt nr är [personnummer]', 0],
      [' ok', 0]
    ])
  })

  it('reports a range that touches no text', () => {
    const state = parsed(sampleJson())
    const text = lexicalPlainText(state)
    const gap = text.indexOf('\n\n')
    expect(replaceInLexical(state, gap, gap + 2, 'x')).toBe(false)
  })
})

describe('checking a Lexical note', () => {
  const bad = (json: string): string => {
    const r = parseLexical(json)
    return r.ok ? 'ok' : `${r.path}: ${r.message}`
  }
  const wrap = (children: unknown[]): string => JSON.stringify({ root: { type: 'root', children } })

  it('accepts what the editor writes', () => {
    expect(bad(sampleJson())).toBe('ok')
  })

  it('refuses what is not an editor state', () => {
    expect(bad('{')).toMatch(/^\(root\): is not valid JSON/)
    expect(bad('[]')).toBe('root: must be an object')
    expect(bad('{"root":{"type":"paragraph","children":[]}}')).toBe('root.type: must be "root"')
    expect(bad('{"root":{"type":"root"}}')).toBe('root.children: must be a list')
    expect(bad(wrap([{ children: [] }]))).toBe('root.children[0].type: must be a node type name')
    expect(bad(wrap([{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }]))).toBe('root.children[0].children[0].text: must be text')
  })

  it('allows links to http and https only', () => {
    const link = (url: string): string => wrap([{ type: 'paragraph', children: [{ type: 'link', url, children: [] }] }])
    expect(bad(link('https://www.botkyrka.se/x?y=1'))).toBe('ok')
    expect(bad(link('http://intranat'))).toBe('ok')
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', '', 'mailto:a@b.se', 'JAVASCRIPT:x']) {
      expect(bad(link(url)), url).toBe('root.children[0].children[0].url: links must start with http:// or https://')
    }
  })

  it('refuses absurd nesting without blowing the stack', () => {
    const n = 10_000
    const deep = `${'{"type":"paragraph","children":['.repeat(n)}{"type":"text","text":"x"}${']}'.repeat(n)}`
    expect(bad(`{"root":{"type":"root","children":[${deep}]}}`)).toMatch(/nested deeper than 64 levels/)
  })

  it('cleans control characters out of text and says so', () => {
    const r = parseLexical(wrap([{ type: 'paragraph', children: [{ type: 'text', text: 'a\u0007b\u000cc' }] }]))
    expect(r.ok && r.changed).toBe(true)
    if (r.ok) expect(lexicalPlainText(r.state)).toBe('abc')
  })
})
