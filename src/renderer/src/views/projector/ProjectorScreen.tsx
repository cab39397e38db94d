import { useMemo, useRef } from 'react'
import type { ProjectorView } from '../../../../shared/projector/schema.ts'
import { BoardWall } from './BoardWall.tsx'
import { EffectTable } from './EffectTable.tsx'
import { JoinCard } from './JoinCard.tsx'
import { ProjectorTimer } from './ProjectorTimer.tsx'
import { ProposalList } from './ProposalList.tsx'
import { screenT, type ScreenT } from './screenText.ts'
import { SpotlightCard } from './SpotlightCard.tsx'
import { useFit } from './useFit.ts'
import { VoteBoard } from './VoteBoard.tsx'

export type ScreenTheme = 'light' | 'dark'

/** How long a text may be at each prompt size: a short question fills the line, a long one wraps smaller. */
function promptSize(text: string): 's' | 'm' | 'l' {
  if (text.length > 160) return 's'
  if (text.length > 70) return 'm'
  return 'l'
}

function Content({ view, t }: { view: ProjectorView; t: ScreenT }): React.JSX.Element | null {
  const c = view.content
  switch (c.kind) {
    case 'board':
      return <BoardWall board={c} t={t} />
    case 'vote':
      return <VoteBoard vote={c} t={t} />
    case 'effect_chain':
      return <EffectTable chain={c} t={t} />
    case 'proposals':
      return <ProposalList proposals={c.proposals} withResponses={false} t={t} />
    case 'responses':
      return <ProposalList proposals={c.proposals} withResponses t={t} />
    default:
      return null
  }
}

/** The line under the prompt: what is going on that the content itself does not say. */
function subline(view: ProjectorView, t: ScreenT): string | null {
  const c = view.content
  if (c.kind === 'board') {
    const parts: string[] = []
    if (view.phase?.silent) parts.push(t('projector.board.silent'))
    if (c.hiddenCount > 0) parts.push(t('projector.board.hidden', { count: c.hiddenCount }))
    return parts.length > 0 ? parts.join(' · ') : null
  }
  if (c.kind === 'vote') {
    return c.revealed ? t('projector.vote.results') : `${t('projector.vote.running')} · ${t('projector.vote.dots', { count: c.dotsPerParticipant })}`
  }
  return null
}

/** A heading in the room (the page's h1), a plain paragraph in the facilitator's preview. */
function Heading({ preview, className, children }: { preview: boolean; className: string; children: React.ReactNode }): React.JSX.Element {
  return preview ? (
    <p className={className} dir="auto">
      {children}
    </p>
  ) : (
    <h1 className={className} dir="auto">
      {children}
    </h1>
  )
}

/** Screens with the title or a message alone: nothing to fit, nothing to spotlight. */
function Message({ text, sub, preview, join, t }: { text: string; sub?: string; preview: boolean; join: ProjectorView['participants']; t: ScreenT }): React.JSX.Element {
  return (
    <div className="pj__message">
      <div className="pj__message-text">
        <Heading preview={preview} className="pj__title">
          {text}
        </Heading>
        {sub && <p className="pj__sub">{sub}</p>}
      </div>
      {join && <JoinCard join={join} large t={t} />}
    </div>
  )
}

/**
 * What the room sees, drawn from one projector view and nothing else: the prompt and the clock
 * on top, the phase's content below, the join code when phones may join. Sizes are in units of
 * the screen itself (container query units), so the projector and the facilitator's small
 * preview are the same picture at different scales.
 */
export function ProjectorScreen({
  view,
  skewMs,
  preview,
  theme,
  notice
}: {
  view: ProjectorView
  skewMs: number
  preview: boolean
  theme: ScreenTheme
  /** A line about the connection, shown small in a corner (only on the room's screen). */
  notice?: string | null
}): React.JSX.Element {
  const t = screenT(view.language)
  const contentRef = useRef<HTMLDivElement>(null)
  const hidden = useFit(contentRef, view)
  // The same element while only the "+N" count changes: React then leaves the wall alone.
  const content = useMemo(() => <Content view={view} t={t} />, [view, t])
  const c = view.content
  const frame = (kind: string, inner: React.ReactNode): React.JSX.Element => (
    <div className={`pj-frame pj-frame--${preview ? 'preview' : 'room'}`} data-theme={theme}>
      <div className={`pj pj--${kind}`} lang={view.language} data-kind={kind}>
        {inner}
        {notice && <p className="pj__notice">{notice}</p>}
      </div>
    </div>
  )

  // Blank: a calm, empty screen; the view carries nothing to show anyway.
  if (c.kind === 'blank') return frame('blank', null)
  if (c.kind === 'closed') return frame('closed', <Message text={t('projector.screen.closed')} preview={preview} join={null} t={t} />)
  if (c.kind === 'none' || !view.phase) {
    return frame('none', <Message text={view.workshopTitle || t('projector.screen.none')} sub={view.workshopTitle ? t('projector.screen.none') : undefined} preview={preview} join={view.participants} t={t} />)
  }

  const phase = view.phase
  const promptOnly = c.kind === 'prompt'
  const prompt = phase.prompt.trim() !== '' ? phase.prompt : phase.title
  const meta = [phase.meetingTitle, phase.prompt.trim() !== '' ? phase.title : ''].filter((s) => s.trim() !== '').join(' · ')
  const sub = subline(view, t)
  const spotlit = view.presenter.spotlight !== null
  return frame(
    c.kind,
    <>
      <header className="pj__head">
        {meta && (
          <p className="pj__meta" dir="auto">
            {meta}
          </p>
        )}
        <ProjectorTimer timer={phase.timer} skewMs={skewMs} t={t} />
        {!promptOnly && (
          <Heading preview={preview} className={`pj__prompt pj__prompt--${promptSize(prompt)}`}>
            {prompt}
          </Heading>
        )}
        {sub && <p className="pj__sub">{sub}</p>}
      </header>
      <div className={`pj__body${view.participants ? ' pj__body--join' : ''}`}>
        {promptOnly ? (
          <div className="pj__content pj__content--prompt" ref={contentRef}>
            <Heading preview={preview} className={`pj__big-prompt pj__big-prompt--${promptSize(prompt)}`}>
              {prompt}
            </Heading>
          </div>
        ) : (
          <div className="pj__content" ref={contentRef}>
            {content}
          </div>
        )}
        {view.participants && <JoinCard join={view.participants} large={promptOnly} t={t} />}
        {hidden > 0 && c.kind === 'board' && <p className="pj__more">{t('projector.board.more', { count: hidden })}</p>}
      </div>
      {spotlit && <SpotlightCard view={view} t={t} />}
    </>
  )
}
