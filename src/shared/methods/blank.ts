import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// A starting point for facilitators who build their own agenda, phase by phase.
export const blank: MethodTemplate = {
  id: 'blank',
  requiresAnchoring: false,
  sv: { name: 'Tom mall', description: 'Ett möte med en fas. Lägg till de faser ni behöver.' },
  en: { name: 'Blank', description: 'One meeting with one phase. Add the phases you need.' },
  meetings: [
    meeting('Möte 1', 'Meeting 1', [
      phase(
        'free_notes',
        0,
        ['Anteckningar', '', 'Lägg till, ta bort och ordna faser efter behov.'],
        ['Notes', '', 'Add, remove and reorder phases as you need.']
      )
    ])
  ]
}
