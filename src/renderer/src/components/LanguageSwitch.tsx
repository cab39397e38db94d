import { LANGUAGES, changeLanguage, useTranslation } from '../i18n/index.ts'
import { useAppStore } from '../store/index.ts'

/** Svenska | English: both names in their own language, so either reader finds theirs. */
export function LanguageSwitch(): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const setLanguage = useAppStore((s) => s.setLanguage)
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="segmented__option"
          aria-pressed={language === lng}
          onClick={() => {
            void changeLanguage(lng).then(() => setLanguage(lng))
          }}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  )
}
