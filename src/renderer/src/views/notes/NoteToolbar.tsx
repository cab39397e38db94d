import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, type BaseSelection } from 'lexical'
import { useEffect, type RefObject } from 'react'
import { formatShortcut, type Shortcut } from '../../commands/index.ts'
import { IS_MAC } from '../../commands/shortcuts.ts'
import { useShortcutWords } from '../../components/useShortcutWords.ts'
import { useTranslation } from '../../i18n/index.ts'
import { openExternal } from './openExternal.ts'
import { removeLink, setBlock, toggleFormat, type BlockType, type FormatState } from './noteActions.ts'

interface Props {
  format: FormatState
  selection: RefObject<BaseSelection | null>
  onLink: () => void
  onReference: () => void
}

// Keys match what the key produces, except lists and quote, which go by the physical digit key:
// on a Swedish keyboard Shift+7 is "/", and AltGr (Ctrl+Alt) + 2 is "@", which must stay typeable.
const KEYS = {
  h3: { key: '1', mod: true, alt: true },
  h4: { key: '2', mod: true, alt: true },
  paragraph: { key: '0', mod: true, alt: true },
  number: { key: '7', mod: true, shift: true },
  bullet: { key: '8', mod: true, shift: true },
  quote: { key: '9', mod: true, shift: true },
  link: { key: 'k', mod: true, shift: true },
  bold: { key: 'b', mod: true },
  italic: { key: 'i', mod: true }
} satisfies Record<string, Shortcut>

/** The ARIA form ("Control+Shift+K"), which is not the words printed for people. */
function ariaKeys(s: Shortcut): string {
  return [IS_MAC ? 'Meta' : 'Control', s.alt ? 'Alt' : null, s.shift ? 'Shift' : null, s.key.toUpperCase()].filter(Boolean).join('+')
}

function pressed(e: KeyboardEvent, s: Shortcut, byCode = false): boolean {
  const mod = IS_MAC ? e.metaKey : e.ctrlKey
  if (!mod || e.altKey !== Boolean(s.alt) || e.shiftKey !== Boolean(s.shift)) return false
  return byCode ? e.code === `Digit${s.key}` : e.key.toLowerCase() === s.key
}

/** Formatting by button and by key. Buttons keep the editor's selection (mousedown is not taken). */
export function NoteToolbar({ format, selection, onLink, onReference }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [editor] = useLexicalComposerContext()
  const words = useShortcutWords()
  const keysOf = (s: Shortcut): string => formatShortcut(s, words)

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (e: KeyboardEvent) => {
          const block = (b: BlockType): true => {
            e.preventDefault()
            setBlock(editor, selection.current, format.block, b)
            return true
          }
          if (pressed(e, KEYS.h3)) return block('h3')
          if (pressed(e, KEYS.h4)) return block('h4')
          if (pressed(e, KEYS.paragraph)) return block('paragraph')
          if (pressed(e, KEYS.bullet, true)) return block('bullet')
          if (pressed(e, KEYS.number, true)) return block('number')
          if (pressed(e, KEYS.quote, true)) return block('quote')
          if (pressed(e, KEYS.link)) {
            e.preventDefault()
            onLink()
            return true
          }
          return false
        },
        COMMAND_PRIORITY_NORMAL
      ),
    [editor, format.block, selection, onLink]
  )

  // The visible words are the accessible name (a symbol before them is hidden from screen readers).
  const blockButton = (b: Exclude<BlockType, 'paragraph'>, label: string, symbol?: string): React.JSX.Element => (
    <button
      type="button"
      className="note-toolbar__button"
      aria-pressed={format.block === b}
      aria-keyshortcuts={ariaKeys(KEYS[b])}
      title={`${label} (${keysOf(KEYS[b])})`}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => setBlock(editor, selection.current, format.block, b)}
    >
      {symbol && (
        <span aria-hidden="true" className="note-toolbar__symbol">
          {symbol}
        </span>
      )}
      {label}
    </button>
  )

  return (
    <div className="note-toolbar" role="toolbar" aria-label={t('outcomes.notes.toolbar')}>
      <div className="note-toolbar__group">
        {blockButton('h3', t('outcomes.notes.headingBlock'))}
        {blockButton('h4', t('outcomes.notes.subheading'))}
        {(['bold', 'italic'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className={`note-toolbar__button note-toolbar__button--${f}`}
            aria-pressed={format[f]}
            aria-label={t(`outcomes.notes.${f}`)}
            aria-keyshortcuts={ariaKeys(KEYS[f])}
            title={`${t(`outcomes.notes.${f}`)} (${keysOf(KEYS[f])})`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => toggleFormat(editor, selection.current, f)}
          >
            {t(`outcomes.notes.${f}Short`)}
          </button>
        ))}
      </div>
      <div className="note-toolbar__group">
        {blockButton('bullet', t('outcomes.notes.bulletList'), '•')}
        {blockButton('number', t('outcomes.notes.numberList'), '1.')}
        {blockButton('quote', t('outcomes.notes.quote'), '”')}
      </div>
      <div className="note-toolbar__group">
        {format.link ? (
          <>
            <button
              type="button"
              className="note-toolbar__button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => openExternal(format.link ?? '')}
            >
              {t('outcomes.notes.openLink')}
            </button>
            <button
              type="button"
              className="note-toolbar__button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => removeLink(editor, selection.current)}
            >
              {t('outcomes.notes.removeLink')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="note-toolbar__button"
            aria-keyshortcuts={ariaKeys(KEYS.link)}
            title={`${t('outcomes.notes.link')} (${keysOf(KEYS.link)})`}
            onClick={onLink}
          >
            {t('outcomes.notes.link')}
          </button>
        )}
        <button type="button" className="note-toolbar__button" onClick={onReference}>
          {t('outcomes.notes.reference')}
        </button>
      </div>
    </div>
  )
}
