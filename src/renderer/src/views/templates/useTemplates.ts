import { useCallback, useEffect, useState } from 'react'
import type { TemplateEntry, TemplateProblem } from '../../../../shared/api/methods/templates.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { useAppStore } from '../../store/index.ts'

export interface TemplateLibrary {
  status: 'loading' | 'ready' | 'error'
  templates: TemplateEntry[]
  problems: TemplateProblem[]
  error: UiError | null
  reload(): void
}

/**
 * Built-in and own templates, fetched when a view needs them and again on every 'library'
 * event (a template saved, imported or deleted here or in another window).
 */
export function useTemplates(): TemplateLibrary {
  const api = useAppStore((s) => s.api)
  const [state, setState] = useState<Omit<TemplateLibrary, 'reload'>>({
    status: 'loading',
    templates: [],
    problems: [],
    error: null
  })
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  useEffect(() => {
    if (!api) return
    let live = true
    api
      .call('templates.list', {})
      .then((r) => live && setState({ status: 'ready', templates: r.templates, problems: r.problems, error: null }))
      .catch((e: unknown) => live && setState((s) => ({ ...s, status: 'error', error: toUiError(e) })))
    return () => {
      live = false
    }
  }, [api, attempt])

  useEffect(() => {
    if (!api) return
    return api.subscribe((event) => {
      if (event.type === 'library') reload()
    })
  }, [api, reload])

  return { ...state, reload }
}
