import { useRef, useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { useFocusRequest } from '../../components/useFocusRequest.ts'
import { useTranslation } from '../../i18n/index.ts'
import { navigate } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { FileOpenError } from '../backups/FileOpenError.tsx'

/**
 * Open a .medskapa file: the native dialog in Electron; in the browser, which cannot see paths,
 * a field for the full path (the host runs on this same computer).
 */
export function OpenFile(): React.JSX.Element {
  const { t } = useTranslation()
  const chooseFile = useAppStore((s) => s.api?.chooseFile ?? null)
  const openWorkshop = useAppStore((s) => s.openWorkshop)
  const [path, setPath] = useState('')
  const [missing, setMissing] = useState(false)
  const [error, setError] = useState<{ error: UiError; path: string } | null>(null)
  const focusRef = useRef<HTMLInputElement & HTMLButtonElement>(null)
  useFocusRequest('open-file', focusRef)

  const open = async (target: string): Promise<void> => {
    setError(null)
    try {
      await openWorkshop(target)
      navigate({ name: 'workshop', path: target })
    } catch (e) {
      setError({ error: toUiError(e), path: target })
    }
  }

  return (
    <section className="card" aria-labelledby="open-heading">
      <h2 id="open-heading" className="card__heading">
        {t('start.openFile.heading')}
      </h2>
      {chooseFile ? (
        <button
          ref={focusRef}
          type="button"
          className="button button--secondary"
          onClick={() => {
            void chooseFile('open-workshop').then((chosen) => (chosen ? open(chosen) : undefined))
          }}
        >
          {t('start.openFile.chooseFile')}
        </button>
      ) : (
        <form
          className="form form--inline"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            if (path.trim() === '') {
              setMissing(true)
              return
            }
            void open(path.trim())
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="open-path">
              {t('start.openFile.pathLabel')}
            </label>
            <p id="open-path-hint" className="field__hint">
              {t('start.openFile.pathHint')}
            </p>
            <div className="input-row">
              <input
                ref={focusRef}
                id="open-path"
                className="input input--mono"
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={path}
                aria-describedby={missing ? 'open-path-hint open-path-error' : 'open-path-hint'}
                aria-invalid={missing || undefined}
                onChange={(e) => {
                  setPath(e.target.value)
                  setMissing(false)
                }}
              />
              <button type="submit" className="button button--secondary">
                {t('start.openFile.open')}
              </button>
            </div>
            {missing && (
              <p id="open-path-error" className="field__error">
                {t('start.openFile.pathRequired')}
              </p>
            )}
          </div>
        </form>
      )}
      {error && (
        <FileOpenError
          error={error.error}
          path={error.path}
          lead={t('workshop.openFailed')}
          onRestored={(restored) => navigate({ name: 'workshop', path: restored.path })}
        />
      )}
    </section>
  )
}
