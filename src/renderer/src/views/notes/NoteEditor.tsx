import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $isRangeSelection, type BaseSelection, type EditorState } from 'lexical'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Note } from '../../../../shared/domain/entities.ts'
import type { PiiHit } from '../../../../shared/text/pii.ts'
import { lexicalText, type LexState } from '../../../../shared/text/pii-lexical.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { relocate, usePiiHits, useKnownNameRefs } from '../privacy/pii.ts'
import { detectPersonalData } from '../../../../shared/text/pii.ts'
import { LinkForm } from './LinkForm.tsx'
import { $readFormat, insertLink, insertReference, NO_FORMAT, type FormatState } from './noteActions.ts'
import { noteExtension } from './noteExtension.ts'
import { NoteFlags } from './NoteFlags.tsx'
import { AutosavePlugin, ExternalChangePlugin, LinkClickPlugin, LoadPlugin, StateWatcher } from './NotePlugins.tsx'
import { NoteSaver, type SaveStatus } from './NoteSaver.ts'
import { NoteToolbar } from './NoteToolbar.tsx'
import { ReferencePicker } from './ReferencePicker.tsx'

interface Place {
  docId: string
  meetingId: string
  phaseId: string | null
}

/** The note stored at a place, or null; the same object until a change event replaces it. */
function useNoteAt({ docId, meetingId, phaseId }: Place): Note | null {
  return useAppStore((s) => {
    const notes = s.workshops[docId]?.entities?.note
    if (!notes) return null
    for (const id in notes) {
      const n = notes[id]
      if (n.meetingId === meetingId && n.phaseId === phaseId) return n
    }
    return null
  })
}

const sameFormat = (a: FormatState, b: FormatState): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.block === b.block && a.link === b.link

const plainOf = (state: EditorState | null): string => (state ? lexicalText(state.toJSON() as unknown as LexState).text : '')

function NoteBody({ place, initial, label, onBroken }: { place: Place; initial: Note | null; label: string; onBroken: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const [editor] = useLexicalComposerContext()
  const mutate = useAppStore((s) => s.mutate)
  const api = useAppStore((s) => s.api)
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  const stored = useNoteAt(place)
  const knownNames = useKnownNameRefs(place.docId)
  const [status, setStatus] = useState<SaveStatus>('saved')
  const [format, setFormat] = useState<FormatState>(NO_FORMAT)
  const [panel, setPanel] = useState<'none' | 'link' | 'reference'>('none')
  const [state, setState] = useState<EditorState | null>(null)
  const [resolving, setResolving] = useState(false)
  const selection = useRef<BaseSelection | null>(null)
  const hintId = useId()

  const [saver] = useState(() => {
    const { docId, meetingId, phaseId } = place
    return new NoteSaver(
      {
        save: async (lexicalJson) => (await mutate(docId, 'note.save', { docId, meetingId, phaseId, lexicalJson })).id,
        saveKeepalive: async (lexicalJson) => {
          if (!api) throw new Error('not connected')
          await api.callKeepalive('note.save', { docId, meetingId, phaseId, lexicalJson })
        },
        onStatus: setStatus
      },
      initial ? { json: initial.lexicalJson, id: initial.id } : null
    )
  })

  // Remember the selection and what is pressed, for buttons and forms that take the focus.
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const sel = $getSelection()
          if ($isRangeSelection(sel)) selection.current = sel.clone()
          const next = $readFormat()
          setFormat((prev) => (sameFormat(prev, next) ? prev : next))
        })
      }),
    [editor]
  )

  const text = useMemo(() => plainOf(state), [state])
  const hits = usePiiHits(place.docId, text)

  const resolve = async (hit: PiiHit, style: 'pseudonym' | 'placeholder'): Promise<void> => {
    setResolving(true)
    try {
      // The core replaces in the stored note, so store what is on screen first.
      await saver.flush()
      const id = saver.noteId ?? stored?.id
      const json = saver.lastStored
      if (!id || !json) return
      const now = detectPersonalData(lexicalText(JSON.parse(json) as LexState).text, { knownNames })
      const at = relocate(hit, now)
      if (!at) return
      await mutate(place.docId, 'privacy.resolve', {
        docId: place.docId,
        entity: 'note',
        id,
        field: 'plainText',
        start: at.start,
        end: at.end,
        style
      })
      announce(t('outcomes.pii.replaced'))
    } catch (e) {
      pushToast({ kind: 'error', message: errorText(e) })
    } finally {
      setResolving(false)
    }
  }

  const closePanel = useCallback(() => {
    setPanel('none')
    editor.focus()
  }, [editor])
  const openLink = useCallback(() => setPanel('link'), [])

  return (
    <>
      <NoteToolbar format={format} selection={selection} onLink={openLink} onReference={() => setPanel('reference')} />
      {panel === 'link' && (
        <LinkForm
          onAdd={(url) => {
            setPanel('none')
            insertLink(editor, selection.current, url)
          }}
          onCancel={closePanel}
        />
      )}
      {panel === 'reference' && (
        <ReferencePicker
          docId={place.docId}
          meetingId={place.meetingId}
          onInsert={(token) => {
            setPanel('none')
            insertReference(editor, selection.current, token)
          }}
          onCancel={closePanel}
        />
      )}
      <div className="note-editor__surface">
        <ContentEditable
          className="note-editor__content"
          aria-label={label}
          aria-describedby={hintId}
          aria-multiline
          spellCheck
          aria-placeholder={t('outcomes.notes.placeholder')}
          placeholder={<div className="note-editor__placeholder">{t('outcomes.notes.placeholder')}</div>}
        />
      </div>
      <div className="note-editor__footer">
        <p id={hintId} className="note-editor__hint">
          {t('outcomes.notes.hint')}
        </p>
        <p className="note-editor__status" data-state={status}>
          <span aria-hidden="true" className="note-editor__status-icon">
            {status === 'saved' ? '✓' : status === 'pending' ? '…' : '!'}
          </span>
          {t(`outcomes.notes.status.${status}`)}
        </p>
      </div>
      <NoteFlags hits={hits} busy={resolving} onResolve={(hit, style) => void resolve(hit, style)} />
      <LoadPlugin json={initial?.lexicalJson ?? null} onBroken={onBroken} />
      <AutosavePlugin saver={saver} />
      <ExternalChangePlugin json={stored?.lexicalJson ?? null} saver={saver} />
      <StateWatcher onState={setState} />
      <LinkClickPlugin />
    </>
  )
}

/**
 * The notes of one meeting or phase, written beside the board: no Save button. Text is stored
 * within a second of the last keystroke and at once when the editor, the view or the page is left.
 */
export function NoteEditor({
  docId,
  meetingId,
  phaseId,
  label,
  large
}: Place & { label: string; large?: boolean }): React.JSX.Element {
  const { t } = useTranslation()
  const place = useMemo(() => ({ docId, meetingId, phaseId }), [docId, meetingId, phaseId])
  const stored = useNoteAt(place)
  // What the editor starts from; later changes arrive through ExternalChangePlugin.
  const [initial] = useState(stored)
  const [broken, setBroken] = useState(false)
  const onBroken = useCallback(() => setBroken(true), [])

  if (broken) {
    // Never type over a note the editor cannot read: it would be replaced on the first save.
    return (
      <div className="note-editor note-editor--broken">
        <div className="error-message" role="alert">
          <p className="error-message__lead">{t('outcomes.notes.broken')}</p>
        </div>
        <p className="note-editor__plain" dir="auto">
          {stored?.plainText}
        </p>
      </div>
    )
  }
  return (
    <div className={`note-editor${large ? ' note-editor--large' : ''}`} data-note-place={phaseId ?? 'meeting'}>
      <LexicalExtensionComposer extension={noteExtension} contentEditable={null}>
        <NoteBody place={place} initial={initial} label={label} onBroken={onBroken} />
      </LexicalExtensionComposer>
    </div>
  )
}
