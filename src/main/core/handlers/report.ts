import { MAX_PREVIEW_HITS, type reportMethods } from '../../../shared/api/methods/report.ts'
import { isoDay } from '../../../shared/report/dates.ts'
import { proposeReportFileName } from '../../../shared/report/filename.ts'
import { resolveHeader, savedHeader } from '../../../shared/report/header.ts'
import { REPORT_LABELS } from '../../../shared/report/labels.ts'
import { REPORT_HEADER_SETTING, REPORT_SECTIONS, type ReportHeader, type ReportHeaderPatch } from '../../../shared/report/options.ts'
import { sanitizeLine, sanitizeText } from '../../../shared/text/sanitize.ts'
import { prepareReport } from '../../report/build.ts'
import { exportReport } from '../../report/export.ts'
import type { Handlers } from '../context.ts'

/** Header fields as stored: one line each, the summary keeps its paragraphs. */
function cleanHeader(patch: ReportHeaderPatch): ReportHeaderPatch {
  const out: ReportHeaderPatch = {}
  for (const [k, v] of Object.entries(patch) as [keyof ReportHeader, string | null | undefined][]) {
    if (v === undefined) continue
    ;(out as Record<string, unknown>)[k] = v === null ? null : k === 'summary' ? sanitizeText(v).trim() : sanitizeLine(v)
  }
  return out
}

export const reportHandlers: Handlers<keyof typeof reportMethods> = {
  'report.preview': (input, ctx) => {
    const data = ctx.docs.get(input.docId).store.all()
    // Every section is built, chosen or not, so the dialog can say which have nothing to show.
    // The personal-data finds do not depend on the sections: every printable text is scanned.
    const prepared = prepareReport(data, { ...input.options, sections: [...REPORT_SECTIONS] }, { today: isoDay(new Date()) })
    const withContent = new Set(prepared.parts.map((p) => p.id))
    const chosen = new Set(input.options.sections)
    const labels = REPORT_LABELS[input.options.language]
    return {
      sections: REPORT_SECTIONS.map((id) => ({ id, title: labels.sections[id], chosen: chosen.has(id), hasContent: withContent.has(id) })),
      hits: prepared.hits.slice(0, MAX_PREVIEW_HITS),
      hitCount: prepared.hits.length,
      header: prepared.model.header,
      date: prepared.model.date,
      fileName: proposeReportFileName(prepared.model.date, data.workshop.title, prepared.model.header.documentType)
    }
  },

  'report.export': async (input, ctx) => {
    const data = ctx.docs.get(input.docId).store.all()
    return exportReport(data, input.path, input.options, { today: isoDay(new Date()) })
  },

  'report.header.get': (input, ctx) => {
    const doc = ctx.docs.get(input.docId)
    const workshop = doc.store.list('workshop')[0]
    return resolveHeader(workshop, doc.store.list('setting'), workshop.language)
  },

  'report.header.set': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const workshop = tx.list('workshop')[0]
      const existing = tx.get('setting', REPORT_HEADER_SETTING)
      const saved = existing ? savedHeader([existing]) : {}
      const valueJson = JSON.stringify({ ...saved, ...cleanHeader(input.header) })
      if (existing) tx.update('setting', REPORT_HEADER_SETTING, { valueJson })
      else tx.insert('setting', { id: REPORT_HEADER_SETTING, valueJson })
      return resolveHeader(workshop, tx.list('setting'), workshop.language)
    })
}
