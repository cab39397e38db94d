import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isLinkNode } from '@lexical/link'
import { $findMatchingParent } from '@lexical/utils'
import { $getNearestNodeFromDOMNode, BLUR_COMMAND, COMMAND_PRIORITY_LOW, type EditorState } from 'lexical'
import { useEffect, useLayoutEffect } from 'react'
import { onPageLeave } from '../../api/pageLeave.ts'
import { openExternal } from './openExternal.ts'
import { loadNote, LOAD_TAG } from './noteExtension.ts'
import type { NoteSaver } from './NoteSaver.ts'

/** Put the stored note into the new editor before it is first painted. */
export function LoadPlugin({ json, onBroken }: { json: string | null; onBroken: () => void }): null {
  const [editor] = useLexicalComposerContext()
  // Loading the same text again is harmless (tagged, not an edit), so no run-once guard is needed.
  useLayoutEffect(() => {
    if (json !== null && !loadNote(editor, json)) onBroken()
  }, [editor, json, onBroken])
  return null
}

/**
 * Typing goes to the saver; leaving the editor, the view or the page sends it at once. Loads
 * (tagged) and selection-only updates are not edits.
 */
export function AutosavePlugin({ saver }: { saver: NoteSaver }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(LOAD_TAG)) return
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
        saver.changed(editorState)
      }),
    [editor, saver]
  )
  useEffect(
    () =>
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          void saver.flush()
          return false
        },
        COMMAND_PRIORITY_LOW
      ),
    [editor, saver]
  )
  useEffect(() => {
    const stop = onPageLeave(() => saver.flushKeepalive())
    return () => {
      stop()
      // Unmounted by a view or phase change while the page lives: the ordinary write.
      void saver.flush()
      saver.dispose()
    }
  }, [saver])
  return null
}

/**
 * The note changed elsewhere (the personal-data guard replaced a name, another window typed):
 * show it, unless this editor holds unsaved typing, which wins and is saved over it. Loading
 * clears the undo history, since it could bring a replaced name back.
 */
export function ExternalChangePlugin({ json, saver }: { json: string | null; saver: NoteSaver }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    if (json === null || json === saver.lastStored || saver.busy) return
    if (loadNote(editor, json)) saver.loaded(json)
  }, [editor, json, saver])
  return null
}

/** Report the editor's state a moment after it changes (for the personal-data flags). */
export function StateWatcher({ onState, delayMs = 400 }: { onState: (state: EditorState) => void; delayMs?: number }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    onState(editor.getEditorState())
    const stop = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      if (!tags.has(LOAD_TAG) && dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(() => onState(editorState), delayMs)
    })
    return () => {
      stop()
      if (timer !== null) clearTimeout(timer)
    }
  }, [editor, onState, delayMs])
  return null
}

/** Ctrl/Cmd+click on a link opens it outside the app; a plain click only places the caret. */
export function LinkClickPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        const onClick = (event: MouseEvent): void => {
          if (!(event.ctrlKey || event.metaKey) || !(event.target instanceof Node)) return
          const target = event.target
          const url = editor.read(() => {
            const node = $getNearestNodeFromDOMNode(target)
            const link = node ? $findMatchingParent(node, $isLinkNode) : null
            return $isLinkNode(link) ? link.getURL() : null
          })
          if (url) {
            event.preventDefault()
            openExternal(url)
          }
        }
        root?.addEventListener('click', onClick)
        return () => root?.removeEventListener('click', onClick)
      }),
    [editor]
  )
  return null
}
