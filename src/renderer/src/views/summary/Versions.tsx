import { useId, useMemo, useState } from 'react'
import type { Correction, Summary } from '../../../../shared/domain/entities.ts'
import { latestApproved, readSnapshot } from '../../../../shared/summary/snapshot.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { formatDate } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { selectEntities, useAppStore, useShallow } from '../../store/index.ts'
import { CopyText } from './CopyText.tsx'
import { CorrectionForm } from './CorrectionForm.tsx'

interface Props {
  docId: string
  meetingId: string
}

function useVersions(docId: string, meetingId: string): { versions: Summary[]; corrections: Correction[] } {
  const versions = useAppStore(
    useShallow((s) =>
      Object.values(selectEntities(docId)(s)?.summary ?? {})
        .filter((x) => x.meetingId === meetingId)
        .sort((a, b) => b.version - a.version)
    )
  )
  const ids = useMemo(() => new Set(versions.map((v) => v.id)), [versions])
  const corrections = useAppStore(
    useShallow((s) =>
      Object.values(selectEntities(docId)(s)?.correction ?? {})
        .filter((c) => ids.has(c.summaryId))
        .sort((a, b) => a.createdAt - b.createdAt)
    )
  )
  return { versions, corrections }
}

function VersionItem(props: {
  docId: string
  summary: Summary
  latest: boolean
  usedByReport: boolean
  corrections: Correction[]
}): React.JSX.Element {
  const { docId, summary, latest, usedByReport, corrections } = props
  const { t, i18n } = useTranslation()
  const id = useId()
  const api = useAppStore((s) => s.api)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [adding, setAdding] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const snapshot = useMemo(() => readSnapshot(summary), [summary])
  const date = (ms: number): string => formatDate(ms, i18n.language === 'en' ? 'en' : 'sv')
  const v = summary.version
  const textOf = async (): Promise<string> => {
    if (!api) throw new Error('not connected')
    return (await api.call('summary.text', { docId, summaryId: summary.id })).text
  }

  const approve = async (approved: boolean): Promise<void> => {
    setError(null)
    try {
      await mutate(docId, 'summary.approve', { docId, summaryId: summary.id, approved })
      announce(t(approved ? 'summary.versions.approvedAnnounce' : 'summary.versions.unapprovedAnnounce', { version: v }))
    } catch (e) {
      setError(toUiError(e))
    }
  }

  return (
    <li className={`summary-version${summary.approvedAt !== null ? ' summary-version--approved' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="summary-version__head">
        <h4 className="summary-version__title" id={`${id}-title`}>
          {t('summary.versions.version', { version: v })}
        </h4>
        <p className="summary-version__meta">
          {t('summary.versions.exported', { date: date(summary.createdAt) })}
          {snapshot?.pseudonymised ? ` · ${t('summary.versions.pseudonymised')}` : ''}
        </p>
        <p className="summary-version__state">
          {summary.approvedAt !== null ? (
            <>
              <span aria-hidden="true" className="summary-icon summary-icon--ok">
                ✓
              </span>
              {t('summary.versions.approved', { date: date(summary.approvedAt) })}
            </>
          ) : (
            t('summary.versions.notApproved')
          )}
        </p>
        {usedByReport && <p className="field__hint">{t('summary.versions.reportUses')}</p>}
      </div>
      {corrections.length > 0 && (
        <ul className="summary-corrections" aria-label={t('summary.versions.correctionsLabel', { version: v })}>
          {corrections.map((c) => (
            <li key={c.id} className="summary-correction-item">
              <span dir="auto">{c.description}</span>
              <span className="summary-correction-item__who">{t('summary.versions.requestedBy')}</span>
            </li>
          ))}
        </ul>
      )}
      {latest && corrections.length > 0 && <p className="field__hint">{t('summary.versions.nextVersion', { version: v + 1 })}</p>}
      <div className="summary-version__actions">
        <CopyText describedBy={`${id}-title`} getText={textOf} />
        {latest && summary.approvedAt === null && corrections.length === 0 && (
          <button type="button" className="button button--primary" aria-describedby={`${id}-approve-hint`} onClick={() => void approve(true)}>
            {t('summary.versions.approve', { version: v })}
          </button>
        )}
        {summary.approvedAt !== null && (
          <button type="button" className="button button--quiet" onClick={() => void approve(false)}>
            {t('summary.versions.unapprove')}
          </button>
        )}
        {latest && !adding && (
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t('summary.versions.addCorrection')}
          </button>
        )}
      </div>
      {latest && summary.approvedAt === null && corrections.length === 0 && (
        <p className="field__hint" id={`${id}-approve-hint`}>
          {t('summary.versions.approveHint')}
        </p>
      )}
      {error && <ErrorMessage lead={t('summary.versions.failed')} error={error} />}
      {adding && <CorrectionForm docId={docId} summaryId={summary.id} meetingId={summary.meetingId} version={v} onDone={() => setAdding(false)} />}
    </li>
  )
}

/** The versions of the chosen meeting that were exported, newest first, with their corrections and approval. */
export function Versions({ docId, meetingId }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const { versions, corrections } = useVersions(docId, meetingId)
  const used = latestApproved(versions).get(meetingId)?.id
  return (
    <section className="summary-box summary-versions" aria-labelledby={`${id}-title`}>
      <h3 className="summary-box__title" id={`${id}-title`}>
        {t('summary.versions.legend')}
      </h3>
      {versions.length === 0 ? (
        <p className="field__hint">{t('summary.versions.none')}</p>
      ) : (
        <ol className="summary-version-list" aria-label={t('summary.versions.listLabel')}>
          {versions.map((s, i) => (
            <VersionItem
              key={s.id}
              docId={docId}
              summary={s}
              latest={i === 0}
              usedByReport={s.id === used}
              corrections={corrections.filter((c) => c.summaryId === s.id)}
            />
          ))}
        </ol>
      )}
    </section>
  )
}
