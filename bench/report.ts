import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCore } from '../src/main/core/core.ts'
import { largeSample } from '../src/main/report/sample-large.ts'
import type { WorkshopData } from '../src/shared/domain/interchange.ts'
import { FORMAT_NAME, FORMAT_VERSION } from '../src/shared/domain/interchange.ts'
import { summarize, type Sample } from './stats.ts'

const ROOT = path.join(import.meta.dirname, '..')

/** The same content as the report, as Markdown, for pandoc to convert. */
export function workshopToMarkdown(d: WorkshopData): string {
  const out: string[] = [`# ${d.workshop.title}`, '', d.workshop.purpose, '']
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  for (const m of [...d.meetings].sort((a, b) => a.position - b.position)) {
    out.push(`## ${m.title}`, '', `Datum: ${m.date ?? ''}. Deltagare: ${m.participantCount ?? ''}.`, '')
    for (const p of d.phases.filter((x) => x.meetingId === m.id).sort((a, b) => a.position - b.position)) {
      out.push(`### ${p.title}`, '', p.prompt, '')
      for (const c of d.clusters.filter((x) => x.phaseId === p.id)) {
        out.push(`#### ${c.title}`, '')
        for (const s of d.stickies.filter((x) => x.clusterId === c.id)) out.push(`- ${s.text.replace(/\n/g, ' ')}`)
        out.push('')
      }
      const loose = d.stickies.filter((x) => x.phaseId === p.id && !x.clusterId)
      for (const s of loose) out.push(`- ${s.text.replace(/\n/g, ' ')}`)
      if (loose.length) out.push('')
      const votes = d.votes.filter((v) => v.phaseId === p.id)
      if (votes.length) {
        out.push('| Förslag | Röster |', '|---|---|')
        for (const v of votes) out.push(`| ${v.targetId} | ${v.count} |`)
        out.push('')
      }
      for (const n of d.notes.filter((x) => x.phaseId === p.id)) out.push(...n.plainText.split('\n\n'), '')
    }
    for (const n of d.notes.filter((x) => x.meetingId === m.id && x.phaseId === null)) out.push(...n.plainText.split('\n\n'), '')
  }
  if (d.proposals.length) {
    out.push('## Rekommendationer', '')
    for (const p of d.proposals) out.push(`- ${p.text}`)
    out.push('')
  }
  if (d.effectRows.length) {
    out.push('## Effektkedjor', '', '| Långsiktiga effekter | Kortsiktig effekt | Prestation | Aktivitet | Ansvar | Tid | Resurser |', '|---|---|---|---|---|---|---|')
    for (const r of d.effectRows) {
      out.push(`| ${[r.longTerm, r.shortTerm, r.output, r.activity, r.responsibleIds.join(', '), r.time, r.resources].map(cell).join(' | ')} |`)
    }
    out.push('')
  }
  if (d.responses.length) {
    out.push('## Svar från nämnderna', '', '| Nämnd | Beslut | Åtagande |', '|---|---|---|')
    for (const r of d.responses) out.push(`| ${r.bodyId} | ${r.decision} | ${cell(r.commitment)} |`)
    out.push('')
  }
  out.push('## Bilaga: alla lappar', '')
  for (const s of d.stickies) out.push(`- ${s.text.replace(/\n/g, ' ')}`)
  return out.join('\n') + '\n'
}

function timeProcess(cmd: string, args: string[]): number {
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr?.toString().slice(0, 400)}`)
  return ms
}

export async function benchReport(runs = 5): Promise<{ cli: Sample; cliTs: Sample; pandoc: Sample; words: number; pages: string; bytes: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-bench-report-'))
  try {
    const data = largeSample()
    const core = createCore({ dataDir: dir, host: 'cli' })
    const file = path.join(dir, 'stor.medskapa')
    await core.call('library.import', {
      json: { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, exportedAt: new Date().toISOString(), ...data },
      path: file
    })
    core.close()
    const md = path.join(dir, 'stor.md')
    const markdown = workshopToMarkdown(data)
    fs.writeFileSync(md, markdown)
    const words = markdown.split(/\s+/).filter(Boolean).length
    const cliOut = path.join(dir, 'cli.docx')
    const pandocOut = path.join(dir, 'pandoc.docx')
    // What `npm run cli -- report` runs, without npm itself.
    const CLI = ['scripts/cli.mjs', 'report', file, '--out', cliOut]
    // The TypeScript entry run directly, for comparison: Node loads its type stripper first.
    const CLI_TS = ['src/main/cli.ts', 'report', file, '--out', cliOut]
    const cli: number[] = []
    const cliTs: number[] = []
    const pandoc: number[] = []
    // Warm both once (file cache), then alternate so both see the same machine state.
    timeProcess(process.execPath, CLI)
    timeProcess('pandoc', [md, '-o', pandocOut])
    for (let i = 0; i < runs; i++) {
      fs.rmSync(cliOut, { force: true })
      cli.push(timeProcess(process.execPath, CLI))
      pandoc.push(timeProcess('pandoc', [md, '-o', pandocOut]))
      cliTs.push(timeProcess(process.execPath, CLI_TS))
    }
    let pages = 'unknown'
    const soffice = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, cliOut], {
      stdio: 'ignore',
      timeout: 120_000
    })
    if (soffice.status === 0) {
      const info = spawnSync('pdfinfo', [path.join(dir, 'cli.pdf')], { encoding: 'utf8' })
      pages = /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 'unknown'
    }
    return { cli: summarize(cli), cliTs: summarize(cliTs), pandoc: summarize(pandoc), words, pages, bytes: fs.statSync(cliOut).size }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
