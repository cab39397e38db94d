import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, useShallow } from '../../store/index.ts'
import { clearSelection, fail, groupNotes, moveNotes, removeNotes } from './actions.ts'
import { boardUi } from './boardUi.ts'

/**
 * What can be done with the selected notes, with the keys that do the same (M, G, U). Shown only
 * while something is selected, so the board stays calm otherwise.
 */
export function SelectionBar({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const ids = useAppStore(
    useShallow((s) => {
      const table = s.workshops[docId]?.entities?.sticky
      return table ? s.selection.filter((id) => table[id]?.phaseId === phaseId && table[id]?.status === 'board') : []
    })
  )
  if (ids.length === 0) return null
  return (
    <div className="selection-bar" role="toolbar" aria-label={t('board.selection.label')}>
      <p className="selection-bar__count">{t('board.selectedCount', { count: ids.length })}</p>
      <button type="button" className="button button--primary button--small" onClick={() => boardUi.openDialog({ kind: 'move', ids })}>
        {t('board.commands.moveTo')} <kbd className="kbd">M</kbd>
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => groupNotes(docId, phaseId, ids).catch(fail)}>
        {t('board.commands.group')} <kbd className="kbd">G</kbd>
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => moveNotes(docId, ids, null).catch(fail)}>
        {t('board.commands.unsort')} <kbd className="kbd">U</kbd>
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => removeNotes(docId, ids).catch(fail)}>
        {t('board.selection.remove')}
      </button>
      <button type="button" className="button button--quiet button--small" onClick={clearSelection}>
        {t('board.selection.clear')}
      </button>
    </div>
  )
}
