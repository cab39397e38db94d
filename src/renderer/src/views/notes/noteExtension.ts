import { HistoryExtension } from '@lexical/history'
import { AutoLinkNode, LinkExtension, LinkNode } from '@lexical/link'
import { ListExtension } from '@lexical/list'
import { RichTextExtension } from '@lexical/rich-text'
import { CLEAR_HISTORY_COMMAND, configExtension, defineExtension, type LexicalEditor } from 'lexical'
import { isSafeUrl } from './links.ts'

/** Updates that put stored content into the editor: not typing, so never saved back or undone. */
export const LOAD_TAG = 'medskapa-load'

/**
 * Text undo keeps this many steps. Each step holds a whole editor state, so an unbounded stack
 * grows for as long as a meeting lasts; 200 steps is more than anyone undoes by hand.
 */
export const HISTORY_DEPTH = 200

// Class names only: the look lives in styles/outcomes.css.
const theme = {
  paragraph: 'note__p',
  heading: { h3: 'note__h3', h4: 'note__h4' },
  quote: 'note__quote',
  list: { ul: 'note__ul', ol: 'note__ol', listitem: 'note__li', nested: { listitem: 'note__li--nested' } },
  link: 'note__link',
  text: { bold: 'note__bold', italic: 'note__italic' }
}

/**
 * The notes editor: rich text (headings, quotes), lists, and links that may only point to http(s)
 * — the same rule the core applies before it stores a note, so a link the editor accepts is never
 * refused on save.
 */
export const noteExtension = defineExtension({
  name: 'medskapa/notes',
  namespace: 'medskapa-notes',
  theme,
  dependencies: [
    RichTextExtension,
    ListExtension,
    configExtension(LinkExtension, { validateUrl: isSafeUrl, attributes: { rel: 'noopener noreferrer', target: '_blank' } }),
    configExtension(HistoryExtension, { maxDepth: HISTORY_DEPTH })
  ],
  register: (editor) => {
    // Pasted text can carry links the core would refuse (mailto:, javascript:, Lexical's own
    // about:blank for those), and one refused link would stop the whole note from saving. Keep
    // the words, drop the link.
    const unwrapUnsafe = (node: LinkNode): void => {
      if (isSafeUrl(node.getURL())) return
      for (const child of node.getChildren()) node.insertBefore(child)
      node.remove()
    }
    const stops = [editor.registerNodeTransform(LinkNode, unwrapUnsafe)]
    if (editor.hasNode(AutoLinkNode)) stops.push(editor.registerNodeTransform(AutoLinkNode, unwrapUnsafe))
    return () => stops.forEach((stop) => stop())
  },
  onError: (error: Error, editor: LexicalEditor) => {
    const loading = failedLoads.get(editor)
    if (loading) {
      loading.failed = true
      return
    }
    // A broken update must not take the page down; the note on disk is untouched by it.
    console.warn('medskapa: the notes editor recovered from an error', error)
  }
})

// Lexical reports a state it cannot parse (an unknown node type, say) to onError instead of
// throwing, so a load watches for that report while it parses.
const failedLoads = new WeakMap<LexicalEditor, { failed: boolean }>()

/**
 * Put a stored note into the editor. Guarded: text that does not parse, or parses to an empty
 * root (which Lexical refuses), leaves the editor as it was and reports false.
 */
export function loadNote(editor: LexicalEditor, json: string): boolean {
  const watch = { failed: false }
  failedLoads.set(editor, watch)
  try {
    const state = editor.parseEditorState(json)
    if (watch.failed || state.isEmpty()) return false
    editor.setEditorState(state, { tag: LOAD_TAG })
    // Text undo must not step back to before the load: to an empty note, or to a name the
    // personal-data guard just replaced.
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined)
    return true
  } catch {
    return false
  } finally {
    failedLoads.delete(editor)
  }
}
