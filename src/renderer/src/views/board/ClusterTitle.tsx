import { useLayoutEffect, useRef, useState } from 'react'
import type { Cluster } from '../../../../shared/domain/entities.ts'
import { usePageLeave } from '../../components/usePageLeave.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail } from './actions.ts'

/**
 * A cluster's name: the words its notes share until someone types a better one. Renaming is in
 * place (Enter saves, Esc cancels); an emptied name goes back to the automatic one.
 */
export function ClusterTitle({
  docId,
  cluster,
  headingId,
  renaming,
  onDone
}: {
  docId: string
  cluster: Cluster
  headingId: string
  renaming: boolean
  /** The field closes; `byKey` when Enter or Esc closed it (not a click elsewhere), so the focus needs a new home. */
  onDone: (byKey: boolean) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [value, setValue] = useState(cluster.title)
  const inputRef = useRef<HTMLInputElement>(null)
  const done = useRef(false)

  // A layout effect: the field must hold its starting text before it gets the focus, or keys
  // typed at once land after the automatic title (seen under load as "BussenKollektivtrafik").
  useLayoutEffect(() => {
    if (!renaming) return
    done.current = false
    setValue(cluster.titleCustom ? cluster.title : '')
    requestAnimationFrame(() => inputRef.current?.focus())
  }, [renaming, cluster.title, cluster.titleCustom])

  const rename = (): void => {
    const title = value.trim()
    if ((title === cluster.title && cluster.titleCustom) || (title === '' && !cluster.titleCustom)) return
    mutate(docId, 'cluster.rename', { docId, id: cluster.id, title })
      .then((renamed) => announce(t('board.cluster.renamed', { title: renamed.title })))
      .catch(fail)
  }

  const finish = (save: boolean, byKey: boolean): void => {
    if (done.current) return
    done.current = true
    onDone(byKey)
    if (save) rename()
  }

  // The page hidden, reloaded or closed never blurs the field: save the name typed so far.
  usePageLeave(() => {
    if (renaming && !done.current) rename()
  })

  if (renaming) {
    return (
      <input
        ref={inputRef}
        className="cluster__title-input"
        aria-label={t('board.cluster.renameLabel')}
        dir="auto"
        maxLength={200}
        value={value}
        placeholder={cluster.title}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => finish(true, false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            finish(true, true)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            finish(false, true)
          }
        }}
      />
    )
  }
  return (
    <>
      <h3 id={headingId} className="cluster__title" dir="auto">
        {cluster.title || t('board.cluster.untitled')}
      </h3>
      {!cluster.titleCustom && <span className="cluster__auto">{t('board.cluster.automatic')}</span>}
    </>
  )
}
