import { useTranslation } from '../i18n/index.ts'

/** Modifier key names as printed on keyboards in the current language ("Skift" in Swedish). */
export function useShortcutWords(): { shift: string; ctrl: string; alt: string } {
  const { t } = useTranslation()
  return { shift: t('keys.shift'), ctrl: t('keys.ctrl'), alt: t('keys.alt') }
}
