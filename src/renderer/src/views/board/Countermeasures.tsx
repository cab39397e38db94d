import { useId, useState } from 'react'
import type { Countermeasure } from '../../../../shared/domain/entities.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, useShallow } from '../../store/index.ts'
import { fail } from './actions.ts'
import type { Item } from './items.ts'

interface Fields {
  text: string
  owner: string
  due: string
}

/** Text, who owns it, by when. Enter saves (Shift+Enter breaks the line); Esc cancels an edit. */
function CountermeasureForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  itemTitle
}: {
  initial: Fields
  submitLabel: string
  onSubmit: (f: Fields) => Promise<void>
  onCancel?: () => void
  itemTitle: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const [fields, setFields] = useState(initial)
  const [error, setError] = useState<UiError | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()
  const submit = (): void => {
    if (fields.text.trim() === '' || busy) return
    setBusy(true)
    setError(null)
    onSubmit({ text: fields.text.trim(), owner: fields.owner.trim(), due: fields.due.trim() })
      .then(() => {
        setFields({ text: '', owner: '', due: '' })
        setBusy(false)
      })
      .catch((e: unknown) => {
        setError(toUiError(e))
        setBusy(false)
      })
  }
  return (
    <form
      className="measure-form"
      aria-label={t('board.measures.formFor', { title: itemTitle })}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.preventDefault()
          onCancel()
        }
      }}
    >
      <div className="field measure-form__text">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('board.measures.text')}
        </label>
        <textarea
          id={`${id}-text`}
          className="input"
          dir="auto"
          rows={2}
          maxLength={2_000}
          value={fields.text}
          placeholder={t('board.measures.placeholder')}
          onChange={(e) => setFields({ ...fields, text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault()
              submit()
            }
          }}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-owner`}>
          {t('board.measures.owner')}
        </label>
        <input id={`${id}-owner`} className="input" dir="auto" maxLength={200} value={fields.owner} onChange={(e) => setFields({ ...fields, owner: e.target.value })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-due`}>
          {t('board.measures.due')}
        </label>
        <input id={`${id}-due`} className="input" dir="auto" maxLength={200} value={fields.due} onChange={(e) => setFields({ ...fields, due: e.target.value })} />
      </div>
      <div className="form__actions measure-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || fields.text.trim() === ''}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('board.cancel')}
          </button>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
    </form>
  )
}

function MeasureRow({ docId, measure, itemTitle }: { docId: string; measure: Countermeasure; itemTitle: string }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  const undo = useAppStore((s) => s.undo)
  const [editing, setEditing] = useState(false)
  if (editing) {
    return (
      <li className="measure measure--editing">
        <CountermeasureForm
          initial={{ text: measure.text, owner: measure.owner, due: measure.due }}
          submitLabel={t('board.measures.save')}
          itemTitle={itemTitle}
          onCancel={() => setEditing(false)}
          onSubmit={async (f) => {
            await mutate(docId, 'countermeasure.update', { docId, id: measure.id, patch: f })
            announce(t('board.measures.updated'))
            setEditing(false)
          }}
        />
      </li>
    )
  }
  const remove = (): void => {
    mutate(docId, 'countermeasure.remove', { docId, id: measure.id })
      .then(() => {
        const message = t('board.measures.removed')
        announce(message)
        pushToast({ kind: 'info', message, action: { label: t('toast.undo'), run: () => void undo(docId).catch(fail) } })
      })
      .catch(fail)
  }
  return (
    <li className="measure">
      <p className="measure__text" dir="auto">
        {measure.text}
      </p>
      {(measure.owner || measure.due) && (
        <p className="measure__meta">
          {measure.owner && (
            <span>
              {t('board.measures.owner')}: <span dir="auto">{measure.owner}</span>
            </span>
          )}
          {measure.due && (
            <span>
              {t('board.measures.due')}: <span dir="auto">{measure.due}</span>
            </span>
          )}
        </p>
      )}
      <div className="measure__actions">
        <button type="button" className="button button--quiet button--small" onClick={() => setEditing(true)}>
          {t('stickies.edit')}
        </button>
        <button type="button" className="button button--quiet button--small" aria-label={t('board.measures.removeNamed', { text: measure.text.slice(0, 40) })} onClick={remove}>
          {t('stickies.remove')}
        </button>
      </div>
    </li>
  )
}

/** The first steps that stop one dystopia item, kept attached to it. */
export function Countermeasures({ docId, item }: { docId: string; item: Item }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const measures = useAppStore(
    useShallow((s) => {
      const table = s.workshops[docId]?.entities?.countermeasure ?? {}
      return Object.values(table)
        .filter((c) => (item.type === 'sticky' ? c.stickyId === item.id : c.clusterId === item.id))
        .sort((a, b) => a.position - b.position)
    })
  )
  return (
    <div className="measures">
      <h4 className="measures__heading">{t('board.measures.heading')}</h4>
      {measures.length > 0 ? (
        <ol className="measures__list">
          {measures.map((m) => (
            <MeasureRow key={m.id} docId={docId} measure={m} itemTitle={item.title} />
          ))}
        </ol>
      ) : (
        <p className="measures__none">{t('board.measures.none')}</p>
      )}
      <CountermeasureForm
        initial={{ text: '', owner: '', due: '' }}
        submitLabel={t('board.measures.add')}
        itemTitle={item.title}
        onSubmit={async (f) => {
          await mutate(docId, 'countermeasure.add', {
            docId,
            targetType: item.type,
            targetId: item.id,
            text: f.text,
            ...(f.owner ? { owner: f.owner } : {}),
            ...(f.due ? { due: f.due } : {})
          })
          announce(t('board.measures.added'))
        }}
      />
    </div>
  )
}
