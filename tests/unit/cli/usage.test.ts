import { describe, expect, it } from 'vitest'
import { runCli, STACK_LINE } from './helpers.ts'

describe('command line usage', () => {
  it('lists the commands with --help and exits 0', () => {
    const r = runCli(['--help'])
    expect(r.status).toBe(0)
    for (const name of ['demo', 'import', 'export', 'check', 'schema', 'serve']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'))
  })

  it('explains each command with --help', () => {
    const r = runCli(['import', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Usage: medskapa import <json> <file>')
    expect(r.stderr).toBe('')
  })

  it('refuses an unknown command with exit 2 and the usage, no stack trace', () => {
    const r = runCli(['frobnicate'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('unknown command "frobnicate"')
    expect(r.stderr).toContain('Usage: medskapa <command>')
    expect(r.stderr).not.toContain(STACK_LINE)
    expect(r.stdout).toBe('')
  })

  it('refuses no command at all with exit 2', () => {
    const r = runCli([])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('missing <command>')
  })

  it.each([
    [['export'], 'missing <file>', 'Usage: medskapa export <file>'],
    [['import', 'only-one.json'], 'missing <file>', 'Usage: medskapa import <json> <file>'],
    [['check', 'a', 'b'], 'unexpected argument "b"', 'Usage: medskapa check <file>'],
    [['export', 'x.medskapa', '--bogus'], 'unknown option "--bogus"', 'Usage: medskapa export'],
    [['export', 'x.medskapa', '--out'], 'option --out needs a value', 'Usage: medskapa export'],
    [['export', 'x.medskapa', '--out='], '--out: must not be empty', 'Usage: medskapa export'],
    [['demo', ''], '<file>: must not be empty', 'Usage: medskapa demo <file>']
  ])('%j → exit 2 with "%s"', (args, message, usage) => {
    const r = runCli(args)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).toContain(usage)
    expect(r.stderr).not.toContain(STACK_LINE)
  })

  it('lets the host answer serve --help itself', () => {
    const r = runCli(['serve', '--help'])
    expect(r.status).toBe(0)
    expect(`${r.stdout}${r.stderr}`).toContain('--data-dir')
  })

  it('refuses a bad serve option with exit 2 before starting anything', () => {
    const r = runCli(['serve', '--port', 'many'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--port')
    expect(r.stderr).not.toContain(STACK_LINE)
  })
})
