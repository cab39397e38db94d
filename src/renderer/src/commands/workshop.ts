import type { Command } from './types.ts'

// Creating and opening happen on the start page, which has the forms; these commands take the
// facilitator there with the keyboard focus already in the right field.
export const workshopCommands: readonly Command[] = [
  {
    id: 'workshop.new',
    label: 'newWorkshop',
    group: 'workshop',
    run: ({ state, navigate }) => {
      navigate({ name: 'start' })
      state.requestFocus('new-workshop')
    }
  },
  {
    id: 'workshop.open',
    label: 'openWorkshop',
    group: 'workshop',
    shortcuts: [{ key: 'o', mod: true }],
    inTextFields: true,
    run: ({ state, navigate }) => {
      navigate({ name: 'start' })
      state.requestFocus('open-file')
    }
  }
]
