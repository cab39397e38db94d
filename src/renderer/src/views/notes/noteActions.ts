import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link'
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list'
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text'
import { $setBlocksType } from '@lexical/selection'
import { $findMatchingParent } from '@lexical/utils'
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isRootNode,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  type BaseSelection,
  type LexicalEditor
} from 'lexical'

export type BlockType = 'paragraph' | 'h3' | 'h4' | 'quote' | 'bullet' | 'number'

export interface FormatState {
  bold: boolean
  italic: boolean
  block: BlockType
  /** The address of the link the caret is in, if any. */
  link: string | null
}

export const NO_FORMAT: FormatState = { bold: false, italic: false, block: 'paragraph', link: null }

/** What the toolbar shows as pressed, read from the current selection. Runs inside read/update. */
export function $readFormat(): FormatState {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return NO_FORMAT
  const anchor = selection.anchor.getNode()
  const top = $isRootNode(anchor) ? null : anchor.getTopLevelElement()
  let block: BlockType = 'paragraph'
  if ($isHeadingNode(top)) block = top.getTag() === 'h4' ? 'h4' : 'h3'
  else if ($isQuoteNode(top)) block = 'quote'
  else if ($isListNode(top)) block = top.getListType() === 'number' ? 'number' : 'bullet'
  const link = $findMatchingParent(anchor, $isLinkNode)
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    block,
    link: $isLinkNode(link) ? link.getURL() : null
  }
}

/**
 * Run `fn` on the editor's selection. A toolbar button or a form beside the editor has taken the
 * focus, and with it the DOM selection, so the last known selection is put back first; with none,
 * the caret goes to the end of the note.
 */
export function withSelection(editor: LexicalEditor, saved: BaseSelection | null, fn: () => void): void {
  editor.update(() => {
    if (!$isRangeSelection($getSelection())) {
      if (saved) $setSelection(saved.clone())
      else $getRoot().selectEnd()
    }
    fn()
  })
  editor.focus()
}

export function toggleFormat(editor: LexicalEditor, saved: BaseSelection | null, format: 'bold' | 'italic'): void {
  withSelection(editor, saved, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format))
}

/** Make the selected blocks a heading, quote or list; choosing what they already are undoes it. */
export function setBlock(editor: LexicalEditor, saved: BaseSelection | null, current: BlockType, wanted: BlockType): void {
  const target: BlockType = current === wanted ? 'paragraph' : wanted
  withSelection(editor, saved, () => {
    if (current === 'bullet' || current === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
    if (target === 'bullet') return void editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)
    if (target === 'number') return void editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    if (target === 'h3' || target === 'h4') $setBlocksType(selection, () => $createHeadingNode(target))
    else if (target === 'quote') $setBlocksType(selection, () => $createQuoteNode())
    else $setBlocksType(selection, () => $createParagraphNode())
  })
}

/** Link the selected text to `url`, or insert the address itself as a link where nothing is selected. */
export function insertLink(editor: LexicalEditor, saved: BaseSelection | null, url: string): void {
  withSelection(editor, saved, () => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    if (selection.isCollapsed()) {
      const link = $createLinkNode(url, { rel: 'noopener noreferrer', target: '_blank' })
      link.append($createTextNode(url))
      selection.insertNodes([link])
    } else {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, url)
    }
  })
}

export function removeLink(editor: LexicalEditor, saved: BaseSelection | null): void {
  withSelection(editor, saved, () => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    // A caret inside a link (nothing selected) means "this link": select all of it first.
    if (selection.isCollapsed()) {
      const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode)
      if ($isLinkNode(link)) link.select(0, link.getChildrenSize())
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)
  })
}

/** A reference to a note or group, as plain text so it survives any export and shows in plain text. */
export function insertReference(editor: LexicalEditor, saved: BaseSelection | null, token: string): void {
  withSelection(editor, saved, () => {
    const selection = $getSelection()
    if ($isRangeSelection(selection)) selection.insertText(token)
  })
}
