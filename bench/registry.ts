import { benchSaveNote } from './save-note.ts'

export interface BenchResult {
  id: string
  title: string
  budget: string
  /** One-line result for the summary table. */
  headline?: string
  /** Table rows (same keys in every row), e.g. one per measured variant. */
  rows: Record<string, number | string>[]
  verdict: 'met' | 'missed' | 'error' | 'info'
  notes: string[]
}

export interface Benchmark {
  id: string
  title: string
  budget: string
  run(): Promise<BenchResult>
}

/** Every benchmark, in report order; each capability adds its own here. */
export const BENCHMARKS: Benchmark[] = [
  {
    id: 'save-note',
    title: 'Save a note (API call to committed row)',
    budget: 'median ≤ 1.5 × a bare better-sqlite3 insert, same pragmas (WAL, synchronous=FULL)',
    async run() {
      const r = await benchSaveNote(5, 200)
      const row = (name: string, s: typeof r.api) => ({
        variant: name,
        n: s.n,
        'median ms': s.median,
        'p25 ms': s.p25,
        'p75 ms': s.p75,
        'p95 ms': s.p95
      })
      return {
        id: 'save-note',
        title: this.title,
        budget: this.budget,
        headline: `${r.ratio.toFixed(2)} × (API ${r.api.median.toFixed(3)} ms vs bare ${r.bare.median.toFixed(3)} ms median)`,
        rows: [row('sticky.add through the core', r.api), row('bare INSERT, same row and pragmas', r.bare)],
        verdict: r.ratio <= 1.5 ? 'met' : 'missed',
        notes: [
          'Both are timed call by call, interleaved (API, bare, API, …) in one process on one disk.',
          'The API path adds zod validation of input and output, the undo record in the same transaction and the change event.'
        ]
      }
    }
  }
]
