import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Language } from '../../../../shared/domain/enums.ts'
import { REPORT_SECTIONS, type Redaction, type ReportHeader, type ReportHeaderPatch, type ReportSection } from '../../../../shared/report/options.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { selectWorkshopRow, useAppStore } from '../../store/index.ts'
import { ContentOptions } from './ContentOptions.tsx'
import { ExportTarget, type ExportDone } from './ExportTarget.tsx'
import { GuardStatus } from './GuardStatus.tsx'
import { HeaderFields } from './HeaderFields.tsx'
import { isDocxPath, joinPath } from './paths.ts'
import { PrivacyCheck } from './PrivacyCheck.tsx'
import { useReportPreview } from './useReportPreview.ts'
import { useModalDialog, useMounted } from '../../components/useModalDialog.ts'
import { DialogHead } from '../../components/DialogHead.tsx'

interface Props {
  docId: string
  onClose: () => void
}

/**
 * "Exportera rapport": the header block, what to include, the personal-data guard and where the
 * file goes, then the Word file. A native modal dialog: it keeps the focus inside, Esc closes it,
 * and the focus returns to where it came from.
 */
export function ReportDialog({ docId, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const choiceRef = useRef<HTMLFieldSetElement>(null)
  const pathRef = useRef<HTMLInputElement>(null)
  const privacyRef = useRef<HTMLElement>(null)
  const titleId = useId()
  const live = useMounted()
  const api = useAppStore((s) => s.api)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const workshopLanguage = useAppStore((s) => selectWorkshopRow(docId)(s)?.language ?? 'sv')

  const [language, setLanguage] = useState<Language>(workshopLanguage)
  const [authors, setAuthors] = useState(false)
  const [chosen, setChosen] = useState<ReadonlySet<ReportSection>>(() => new Set(REPORT_SECTIONS))
  const [choice, setChoice] = useState<Redaction | null>(null)
  // Counts Export presses without a choice, so each one sends the focus to the choice again.
  const [mustChoose, setMustChoose] = useState(0)
  const [header, setHeader] = useState<ReportHeader | null>(null)
  const [dataDir, setDataDir] = useState<string | null>(null)
  const [typedPath, setTypedPath] = useState<string | null>(null)
  const [pathError, setPathError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<ExportDone | null>(null)
  const [exportError, setExportError] = useState<UiError | null>(null)
  const [loadError, setLoadError] = useState<UiError | null>(null)

  const previewOptions = useMemo(() => ({ language, includeAuthorLabels: authors }), [language, authors])
  const { preview, pending, error: previewError, refresh } = useReportPreview(docId, previewOptions)

  useModalDialog(ref, titleRef)

  useEffect(() => {
    if (!api) return
    Promise.all([api.call('report.header.get', { docId }), api.call('app.info', {})])
      .then(([h, info]) => {
        if (!live.current) return
        setHeader(h)
        setDataDir(info.dataDir)
      })
      .catch((e: unknown) => live.current && setLoadError(toUiError(e)))
  }, [api, docId, live])

  const proposedPath = preview && dataDir !== null ? joinPath(dataDir, preview.fileName) : ''
  const path = typedPath ?? proposedPath
  const withContent = new Set(preview?.sections.filter((s) => s.hasContent).map((s) => s.id) ?? [])
  const sections = REPORT_SECTIONS.filter((s) => chosen.has(s) && withContent.has(s))
  const nothingChosen = preview !== null && sections.length === 0
  const hitCount = preview?.hitCount ?? 0

  // Once the finds are on screen (the check before Export may have found new ones), the choice takes the focus.
  useEffect(() => {
    if (mustChoose > 0 && hitCount > 0) choiceRef.current?.focus()
  }, [mustChoose, hitCount])

  const showGuard = (): void => {
    privacyRef.current?.scrollIntoView({ block: 'start' })
    ;(choiceRef.current ?? privacyRef.current)?.focus()
  }

  const saveHeader = async (patch: ReportHeaderPatch): Promise<void> => {
    const next = await mutate(docId, 'report.header.set', { docId, header: patch })
    if (live.current) setHeader(next)
  }

  const exportNow = async (): Promise<void> => {
    if (busy || !api || !preview) return
    setDone(null)
    setExportError(null)
    if (nothingChosen) return
    if (!isDocxPath(path)) {
      setPathError(t('report.file.notDocx'))
      pathRef.current?.focus()
      return
    }
    setPathError(null)
    setBusy(true)
    try {
      const options = { language, includeAuthorLabels: authors, sections }
      // Ask the guard again right before writing: a note may have changed since the last look.
      const fresh = await api.call('report.preview', { docId, options })
      if (fresh.hitCount > 0 && choice === null) {
        if (!live.current) return
        refresh()
        setMustChoose((n) => n + 1)
        setBusy(false)
        return
      }
      const out = await api.call('report.export', { docId, path: path.trim(), options: { ...options, redaction: choice ?? 'none' } })
      if (!live.current) return
      setDone({ path: out.path, bytes: out.bytes })
      announce(t('report.doneAnnounce', { path: out.path }))
    } catch (e) {
      if (live.current) setExportError(toUiError(e))
    } finally {
      if (live.current) setBusy(false)
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog report-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <DialogHead titleId={titleId} titleRef={titleRef} title={t('report.title')} closeLabel={t('report.close')} onClose={onClose} />
      <div className="dialog__body report-dialog__body">
        {loadError && <ErrorMessage lead={t('report.previewFailed')} error={loadError} />}
        {previewError && (
          <div className="report-dialog__problem">
            <ErrorMessage lead={t('report.previewFailed')} error={previewError} />
            <button type="button" className="button button--secondary" onClick={refresh}>
              {t('report.retry')}
            </button>
          </div>
        )}
        {header ? (
          <HeaderFields
            header={header}
            documentType={preview?.header.documentType ?? header.documentType}
            today={preview?.date ?? ''}
            save={saveHeader}
          />
        ) : (
          <p className="report-box report-box__wait">{t('report.loading')}</p>
        )}
        <div className="report-dialog__columns">
          <ContentOptions
            sections={preview?.sections ?? null}
            chosen={chosen}
            onToggle={(id, on) =>
              setChosen((prev) => {
                const next = new Set(prev)
                if (on) next.add(id)
                else next.delete(id)
                return next
              })
            }
            language={language}
            onLanguage={setLanguage}
            authors={authors}
            onAuthors={setAuthors}
            nothingChosen={nothingChosen}
          />
          <PrivacyCheck
            docId={docId}
            preview={preview}
            pending={pending}
            choice={choice}
            onChoice={(c) => {
              setChoice(c)
              setMustChoose(0)
            }}
            mustChoose={mustChoose > 0 && hitCount > 0 && choice === null}
            onLeave={onClose}
            choiceRef={choiceRef}
            sectionRef={privacyRef}
          />
        </div>
      </div>
      <div className="report-dialog__foot">
        <ExportTarget
          path={path}
          onPath={(p) => {
            setTypedPath(p)
            setPathError(null)
          }}
          edited={typedPath !== null && typedPath !== proposedPath}
          onUseProposal={() => {
            setTypedPath(null)
            setPathError(null)
          }}
          pathError={pathError}
          busy={busy}
          canExport={preview !== null && !nothingChosen}
          onExport={() => void exportNow()}
          done={done}
          error={exportError}
          pathRef={pathRef}
          guard={<GuardStatus hitCount={preview ? hitCount : null} choice={choice} onShow={showGuard} />}
        />
      </div>
    </dialog>
  )
}
