import { useTranslation } from '../i18n/index.ts'
import { BrandMark } from './BrandMark.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { PaletteButton } from './PaletteButton.tsx'

/** The start page's banner: the name, and the two things that apply everywhere. */
export function AppHeader(): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="brand" href="#/">
          <BrandMark />
          <span className="brand__name">{t('app.name')}</span>
        </a>
        <div className="app-header__actions">
          <LanguageSwitch />
          <PaletteButton />
        </div>
      </div>
    </header>
  )
}
