import 'i18next'
import type { FeatureStrings } from './features/index.ts'
import type { sv } from './sv.ts'

// Typed keys: t('stickies.edti') is a compile error, not a raw key on the projector.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof sv & FeatureStrings }
    returnNull: false
  }
}
