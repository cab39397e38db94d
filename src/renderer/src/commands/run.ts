import { ApiError } from '../../../shared/api/errors.ts'
import { anchoringStatus } from '../../../shared/run/anchoring.ts'
import {
  addTimerMinute,
  finishMeeting,
  resetTimer,
  startMeeting,
  stepPhase,
  toggleTimer
} from '../views/run/actions.ts'
import { atLastPhase, canGoNext, canGoPrevious, isRunning, meetingToStart, runPlace, type RunPlace } from '../views/run/model.ts'
import { setSoundEnabled, soundEnabled } from '../views/run/sound.ts'
import type { Command, CommandContext } from './types.ts'

function placeOf(ctx: CommandContext): { docId: string; place: RunPlace } | null {
  const docId = ctx.state.activeDocId
  const place = docId ? runPlace(ctx.state.workshops[docId]?.entities ?? null) : null
  return docId && place ? { docId, place } : null
}

const inWorkshop = (ctx: CommandContext): boolean => ctx.route.name === 'workshop'

/** The current phase of a running meeting in the workshop view: what the timer keys act on. */
function timedPhase(ctx: CommandContext) {
  const at = inWorkshop(ctx) ? placeOf(ctx) : null
  return at && isRunning(at.place) && at.place.phase ? { docId: at.docId, phase: at.place.phase } : null
}

// Phase keys avoid what text editing uses: Ctrl+arrows move by word only inside fields, and
// these never fire there. PageDown/PageUp are what presentation clickers send.
export const runCommands: readonly Command[] = [
  {
    id: 'run.next',
    label: (t) => t('run.commands.next'),
    group: 'workshop',
    shortcuts: [{ key: 'ArrowRight', mod: true }, { key: 'PageDown' }],
    enabled: (ctx) => inWorkshop(ctx) && canGoNext(placeOf(ctx)?.place ?? null),
    run: async (ctx) => {
      const at = placeOf(ctx)
      if (at) await stepPhase(at.docId, 1)
    }
  },
  {
    id: 'run.previous',
    label: (t) => t('run.commands.previous'),
    group: 'workshop',
    shortcuts: [{ key: 'ArrowLeft', mod: true }, { key: 'PageUp' }],
    enabled: (ctx) => inWorkshop(ctx) && canGoPrevious(placeOf(ctx)?.place ?? null),
    run: async (ctx) => {
      const at = placeOf(ctx)
      if (at) await stepPhase(at.docId, -1)
    }
  },
  {
    id: 'run.finishMeeting',
    label: (t) => t('run.commands.finishMeeting'),
    group: 'workshop',
    enabled: (ctx) => inWorkshop(ctx) && atLastPhase(placeOf(ctx)?.place ?? null),
    run: async (ctx) => {
      const at = placeOf(ctx)
      if (at?.place.meeting) await finishMeeting(at.docId, at.place.meeting.id)
    }
  },
  {
    id: 'run.startMeeting',
    label: (t) => t('run.commands.startMeeting'),
    group: 'workshop',
    enabled: (ctx) => (inWorkshop(ctx) || ctx.route.name === 'setup') && meetingToStart(placeOf(ctx)?.place ?? null) !== null,
    run: async (ctx) => {
      const at = placeOf(ctx)
      const target = meetingToStart(at?.place ?? null)
      if (!at || !target || !ctx.state.api) return
      const method = await ctx.state.api.call('templates.get', { id: at.place.workshop.methodId }).then(
        (e) => e.template,
        (e: unknown) => {
          if (e instanceof ApiError && e.code === 'not_found') return undefined
          throw e
        }
      )
      const bodies = Object.values(ctx.state.workshops[at.docId]?.entities?.body ?? {})
      const status = anchoringStatus({ workshop: at.place.workshop, bodies, meetings: at.place.meetings }, method)
      const path = ctx.state.workshops[at.docId]?.path
      if (status.blocksStart) {
        // The explanation and the way to start anyway live on the set-up page, beside the receivers.
        ctx.state.pushToast({ kind: 'error', message: ctx.t('run.start.blockedLead') })
        if (path && ctx.route.name !== 'setup') ctx.navigate({ name: 'setup', path })
        return
      }
      await startMeeting(at.docId, target.meeting.id, target.number)
      if (path && ctx.route.name !== 'workshop') ctx.navigate({ name: 'workshop', path })
    }
  },
  {
    id: 'run.timerToggle',
    label: (t) => t('run.commands.timerToggle'),
    group: 'workshop',
    // Single keys, as in presentation tools; never while typing.
    shortcuts: [{ key: 't' }],
    enabled: (ctx) => timedPhase(ctx) !== null,
    run: async (ctx) => {
      const at = timedPhase(ctx)
      if (at) await toggleTimer(at.docId, at.phase)
    }
  },
  {
    id: 'run.timerAddMinute',
    label: (t) => t('run.commands.timerAddMinute'),
    group: 'workshop',
    shortcuts: [{ key: 't', shift: true }],
    enabled: (ctx) => timedPhase(ctx) !== null,
    run: async (ctx) => {
      const at = timedPhase(ctx)
      if (at) await addTimerMinute(at.docId, at.phase.id)
    }
  },
  {
    id: 'run.timerReset',
    label: (t) => t('run.commands.timerReset'),
    group: 'workshop',
    enabled: (ctx) => timedPhase(ctx) !== null,
    run: async (ctx) => {
      const at = timedPhase(ctx)
      if (at) await resetTimer(at.docId, at.phase.id)
    }
  },
  {
    id: 'run.timerSound',
    label: (t) => t('run.commands.timerSound'),
    group: 'workshop',
    run: ({ state, t }) => {
      setSoundEnabled(!soundEnabled())
      state.announce(soundEnabled() ? t('run.timer.soundOn') : t('run.timer.soundOff'))
    }
  },
  {
    id: 'run.openSetup',
    label: (t) => t('run.commands.openSetup'),
    group: 'workshop',
    enabled: (ctx) => inWorkshop(ctx),
    run: (ctx) => {
      if (ctx.route.name === 'workshop') ctx.navigate({ name: 'setup', path: ctx.route.path })
    }
  },
  {
    id: 'run.openWorkshop',
    label: (t) => t('run.commands.openWorkshop'),
    group: 'workshop',
    enabled: (ctx) => ctx.route.name === 'setup',
    run: (ctx) => {
      if (ctx.route.name === 'setup') ctx.navigate({ name: 'workshop', path: ctx.route.path })
    }
  },
  {
    id: 'run.openTemplates',
    label: (t) => t('run.commands.openTemplates'),
    group: 'workshop',
    enabled: (ctx) => ctx.route.name !== 'templates',
    run: (ctx) => ctx.navigate({ name: 'templates' })
  }
]
