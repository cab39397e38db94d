import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { startHost } from '../../../src/main/host/server.ts'
import { createHttpTransport } from '../../../src/renderer/src/api/http.ts'
import { isSafeUrl, normaliseUrl } from '../../../src/renderer/src/views/notes/links.ts'
import { NoteSaver, SAVE_DELAY_MS, type SaveStatus, type SaverTarget } from '../../../src/renderer/src/views/notes/NoteSaver.ts'

// The notes autosave against the real core (and, for the page-closing path, the real host over
// HTTP with keepalive): what is stored, when, and that the newest text always wins.

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-notes-'))
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function world(): Promise<{ core: Core; docId: string; meetingId: string }> {
  const core = createCore({ dataDir: tempDir(), host: 'browser' })
  cleanups.push(() => core.close())
  const { docId } = await core.call('library.openDemo', {})
  const { data } = await core.call('workshop.get', { docId })
  return { core, docId, meetingId: data.workshop.currentMeetingId! }
}

function editor(): LexicalEditor {
  return createEditor({ namespace: 'test', onError: (e) => { throw e } })
}

/** Replace the editor's content with one paragraph, as typing would. */
function type(ed: LexicalEditor, text: string) {
  ed.update(
    () => {
      const root = $getRoot()
      root.clear()
      root.append($createParagraphNode().append($createTextNode(text)))
    },
    { discrete: true }
  )
  return ed.getEditorState()
}

function coreTarget(core: Core, docId: string, meetingId: string, statuses: SaveStatus[], calls: string[]): SaverTarget {
  return {
    save: async (lexicalJson) => {
      calls.push(lexicalJson)
      return (await core.call('note.save', { docId, meetingId, phaseId: null, lexicalJson })).id
    },
    saveKeepalive: async () => {
      throw new Error('not used here')
    },
    onStatus: (s) => statuses.push(s)
  }
}

async function stored(core: Core, docId: string): Promise<string[]> {
  return (await core.call('note.list', { docId })).map((n) => n.plainText)
}

describe('NoteSaver', () => {
  it('saves once, a moment after the last change, with the newest text', async () => {
    const { core, docId, meetingId } = await world()
    const statuses: SaveStatus[] = []
    const calls: string[] = []
    const saver = new NoteSaver(coreTarget(core, docId, meetingId, statuses, calls), null)
    const ed = editor()
    saver.changed(type(ed, 'Fler'))
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS / 2))
    saver.changed(type(ed, 'Fler bänkar'))
    expect(calls).toHaveLength(0)
    expect(saver.busy).toBe(true)
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: SAVE_DELAY_MS * 3 })
    await vi.waitFor(() => expect(saver.busy).toBe(false))
    expect(await stored(core, docId)).toEqual(['Fler bänkar'])
    expect(statuses).toEqual(['pending', 'saved'])
    saver.dispose()
  })

  it('flushes at once, writes nothing when nothing changed, and keeps writes in order', async () => {
    const { core, docId, meetingId } = await world()
    const calls: string[] = []
    const saver = new NoteSaver(coreTarget(core, docId, meetingId, [], calls), null)
    const ed = editor()
    saver.changed(type(ed, 'Ett'))
    const first = saver.flush()
    // A change while the first write is on its way is sent after it, never before.
    saver.changed(type(ed, 'Ett två'))
    await first
    await saver.flush()
    expect(calls.map((j) => JSON.parse(j).root.children[0].children[0].text)).toEqual(['Ett', 'Ett två'])
    expect(await stored(core, docId)).toEqual(['Ett två'])
    await saver.flush()
    expect(calls).toHaveLength(2)
    saver.dispose()
  })

  it('keeps the text after a failed write and tries again', async () => {
    const { core, docId, meetingId } = await world()
    const statuses: SaveStatus[] = []
    let attempts = 0
    const saver = new NoteSaver(
      {
        save: async (lexicalJson) => {
          attempts += 1
          // The first write names a meeting that does not exist: the core refuses it.
          const where = attempts === 1 ? 'no-such-meeting' : meetingId
          return (await core.call('note.save', { docId, meetingId: where, phaseId: null, lexicalJson })).id
        },
        saveKeepalive: async () => undefined,
        onStatus: (s) => statuses.push(s)
      },
      null
    )
    saver.changed(type(editor(), 'Sparas till slut'))
    await saver.flush()
    expect(statuses.at(-1)).toBe('failed')
    expect(saver.busy).toBe(true)
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('saved'), { timeout: 6_000 })
    expect(await stored(core, docId)).toEqual(['Sparas till slut'])
    saver.dispose()
  })

  it('sends the newest text by keepalive over HTTP when the page is leaving', async () => {
    const dataDir = tempDir()
    const core = createCore({ dataDir, host: 'browser' })
    const staticDir = tempDir()
    const host = await startHost({ core, port: 0, staticDir })
    cleanups.push(async () => {
      await host.close()
      core.close()
    })
    const transport = createHttpTransport({ origin: `http://127.0.0.1:${host.port}`, token: host.token })
    cleanups.push(() => transport.close())
    const { docId } = await transport.call('library.openDemo', {})
    const meetingId = (await transport.call('workshop.get', { docId })).data.workshop.currentMeetingId!
    const saver = new NoteSaver(
      {
        save: async () => {
          throw new Error('the page is closing; only keepalive is used')
        },
        saveKeepalive: (lexicalJson) => transport.callKeepalive('note.save', { docId, meetingId, phaseId: null, lexicalJson }),
        onStatus: () => undefined
      },
      null
    )
    saver.changed(type(editor(), 'Sista orden innan fönstret stängs'))
    saver.flushKeepalive()
    await vi.waitFor(async () => expect((await core.call('note.list', { docId })).map((n) => n.plainText)).toEqual(['Sista orden innan fönstret stängs']))
    saver.dispose()
  })
})

describe('links in notes', () => {
  it('accepts only http and https addresses', () => {
    expect(isSafeUrl('https://www.boras.se/kommun')).toBe(true)
    expect(isSafeUrl('http://botkyrka.se')).toBe(true)
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://', 'ftp://x.se', 'https://a b.se', 'www.boras.se']) {
      expect(isSafeUrl(bad), bad).toBe(false)
    }
  })

  it('gives an address typed without a scheme the https it means', () => {
    expect(normaliseUrl('  www.boras.se ')).toBe('https://www.boras.se')
    expect(normaliseUrl('javascript:alert(1)')).toBe('javascript:alert(1)')
  })
})
