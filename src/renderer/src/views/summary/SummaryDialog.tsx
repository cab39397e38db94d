import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Language } from '../../../../shared/domain/enums.ts'
import type { SummaryOptionsInput } from '../../../../shared/summary/options.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { selectEntities, selectWorkshopRow, useAppStore, useShallow } from '../../store/index.ts'
import { isDocxPath, joinPath } from '../report/paths.ts'
import { CopyText } from './CopyText.tsx'
import { GuardResult } from './GuardResult.tsx'
import { SummaryOptionsForm } from './SummaryOptionsForm.tsx'
import { useSummaryCheck } from './useSummaryCheck.ts'
import { Versions } from './Versions.tsx'
import { useModalDialog, useMounted } from '../../components/useModalDialog.ts'
import { DialogHead } from '../../components/DialogHead.tsx'

interface Props {
  docId: string
  onClose: () => void
}

interface Done {
  version: number
  path: string
  text: string
}

/**
 * "Minnesanteckningar": choose the meeting, check that nothing identifies anyone, export the
 * Word file (recorded as the next version), copy it as text for an e-mail, and enter the
 * corrections that come back. A native modal dialog: focus stays inside, Esc closes it, and the
 * focus returns to where it came from.
 */
export function SummaryDialog({ docId, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const pathRef = useRef<HTMLInputElement>(null)
  const pseudoRef = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const introId = useId()
  const pathId = useId()
  const live = useMounted()
  const api = useAppStore((s) => s.api)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const workshop = useAppStore(selectWorkshopRow(docId))
  const meetings = useAppStore(
    useShallow((s) => Object.values(selectEntities(docId)(s)?.meeting ?? {}).sort((a, b) => a.position - b.position))
  )

  const [meetingId, setMeetingId] = useState<string | null>(() => workshop?.currentMeetingId ?? null)
  const chosenMeeting = meetings.find((m) => m.id === meetingId)?.id ?? meetings[0]?.id ?? null
  const [language, setLanguage] = useState<Language>(workshop?.language ?? 'sv')
  const [date, setDate] = useState<string | null>(null)
  const [contact, setContact] = useState<string | null>(null)
  const [pseudonymise, setPseudonymise] = useState(false)
  const [dataDir, setDataDir] = useState<string | null>(null)
  const [typedPath, setTypedPath] = useState<string | null>(null)
  const [pathError, setPathError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Done | null>(null)
  const [exportError, setExportError] = useState<UiError | null>(null)

  const options = useMemo<SummaryOptionsInput>(
    () => ({ language, pseudonymise, ...(date ? { correctionsBy: date } : {}), ...(contact !== null ? { contact } : {}) }),
    [language, pseudonymise, date, contact]
  )
  const { check, pending, error: checkError, refresh } = useSummaryCheck(docId, chosenMeeting, options)
  const blocked = (check?.hitCount ?? 0) > 0 && !pseudonymise

  useModalDialog(ref, titleRef)

  useEffect(() => {
    if (!api) return
    api
      .call('app.info', {})
      .then((info) => live.current && setDataDir(info.dataDir))
      .catch(() => live.current && setDataDir(''))
  }, [api, live])

  const proposed = check && dataDir !== null ? joinPath(dataDir, check.fileName) : ''
  const path = typedPath ?? proposed

  const exportNow = async (): Promise<void> => {
    if (busy || !check || chosenMeeting === null) return
    setExportError(null)
    if (blocked) {
      pseudoRef.current?.focus()
      return
    }
    if (!isDocxPath(path)) {
      setPathError(t('summary.file.notDocx'))
      pathRef.current?.focus()
      return
    }
    setPathError(null)
    setBusy(true)
    try {
      const out = await mutate(docId, 'summary.export', { docId, meetingId: chosenMeeting, path: path.trim(), options })
      if (!live.current) return
      setDone({ version: out.version, path: out.path, text: out.text })
      // The next export is a new version with a new proposed name.
      setTypedPath(null)
      announce(t('summary.doneAnnounce', { version: out.version, path: out.path }))
    } catch (e) {
      if (live.current) {
        setExportError(toUiError(e))
        refresh()
      }
    } finally {
      if (live.current) setBusy(false)
    }
  }

  return (
    <dialog ref={ref} className="dialog summary-dialog" aria-labelledby={titleId} aria-describedby={introId} onClose={onClose}>
      <DialogHead titleId={titleId} titleRef={titleRef} title={t('summary.title')} closeLabel={t('summary.close')} onClose={onClose} />
      <div className="dialog__body summary-dialog__body">
        <p className="summary-dialog__intro" id={introId}>
          {t('summary.intro')}
        </p>
        {meetings.length === 0 && <p className="summary-box">{t('summary.noMeetings')}</p>}
        {checkError && (
          <div className="summary-dialog__problem">
            <ErrorMessage lead={t('summary.checkFailed')} error={checkError} />
            <button type="button" className="button button--secondary" onClick={refresh}>
              {t('summary.retry')}
            </button>
          </div>
        )}
        {chosenMeeting !== null && (
          <div className="summary-dialog__columns">
            <div className="summary-dialog__column">
              <SummaryOptionsForm
                meetings={meetings}
                meetingId={chosenMeeting}
                onMeeting={(id) => {
                  setMeetingId(id)
                  setDone(null)
                  setTypedPath(null)
                }}
                language={language}
                onLanguage={setLanguage}
                correctionsBy={date ?? check?.correctionsBy ?? ''}
                onCorrectionsBy={(d) => setDate(d === '' ? null : d)}
                contact={contact ?? check?.contact ?? ''}
                onContact={setContact}
              />
            </div>
            <div className="summary-dialog__column">
              <GuardResult
                docId={docId}
                check={check}
                pending={pending}
                pseudonymise={pseudonymise}
                onPseudonymise={setPseudonymise}
                onLeave={onClose}
                checkboxRef={pseudoRef}
              />
              <Versions docId={docId} meetingId={chosenMeeting} />
            </div>
          </div>
        )}
      </div>
      {chosenMeeting !== null && (
        <div className="summary-dialog__foot">
          <div className="summary-target">
            <div className="field summary-target__field">
              <label className="field__label" htmlFor={pathId}>
                {t('summary.file.label')}
              </label>
              <div className="input-row">
                <input
                  ref={pathRef}
                  id={pathId}
                  className="input input--mono"
                  type="text"
                  dir="ltr"
                  spellCheck={false}
                  autoComplete="off"
                  value={path}
                  aria-invalid={pathError ? true : undefined}
                  aria-describedby={`${pathId}-hint${pathError ? ` ${pathId}-error` : ''}`}
                  onChange={(e) => {
                    setTypedPath(e.target.value)
                    setPathError(null)
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault()
                      void exportNow()
                    }
                  }}
                />
                {typedPath !== null && typedPath !== proposed && (
                  <button type="button" className="button button--quiet" onClick={() => setTypedPath(null)}>
                    {t('summary.file.useProposal')}
                  </button>
                )}
              </div>
              <p className="field__hint" id={`${pathId}-hint`}>
                {t('summary.file.hint')}
              </p>
              {pathError && (
                <p className="field__error" id={`${pathId}-error`} role="alert">
                  {pathError}
                </p>
              )}
            </div>
            <div className="summary-target__actions">
              <button
                type="button"
                className="button button--primary button--large"
                aria-disabled={!check || blocked || busy}
                aria-describedby={blocked ? `${pathId}-blocked` : undefined}
                aria-busy={busy}
                onClick={() => void exportNow()}
              >
                {busy ? t('summary.exporting') : t('summary.export', { version: check?.version ?? 1 })}
              </button>
            </div>
            {blocked && (
              <p className="summary-target__blocked" id={`${pathId}-blocked`}>
                {t('summary.guard.blocked')}
              </p>
            )}
            <div className="summary-target__result" role="status">
              {done && (
                <p className="summary-done">
                  <span aria-hidden="true" className="summary-icon summary-icon--ok">
                    ✓
                  </span>
                  <span>
                    <strong>{t('summary.done', { version: done.version })}</strong>{' '}
                    <span className="summary-done__path" dir="ltr">
                      {done.path}
                    </span>
                  </span>
                </p>
              )}
            </div>
            {done && <CopyText className="summary-target__copy" getText={() => Promise.resolve(done.text)} />}
            {exportError && <ErrorMessage lead={t('summary.failed')} error={exportError} />}
          </div>
        </div>
      )}
    </dialog>
  )
}
