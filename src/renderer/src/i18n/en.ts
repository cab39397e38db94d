import type { sv } from './sv.ts'

/** The shape of the Swedish source with every leaf widened to string. */
export type Translation<T = typeof sv> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }

// `satisfies` makes the compiler name every key missing from (or extra to) the Swedish source.
export const en = {
  app: {
    name: 'Medskapa',
    purpose: 'Run workshops and research circles with residents – from notes on the wall to answers from the committee.',
    offlineNote: 'Everything is saved on this computer. Nothing is sent anywhere.',
    skipToContent: 'Skip to content',
    loading: 'Loading …'
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English'
  },
  connection: {
    offline: 'Lost contact with Medskapa. Trying again …',
    back: 'Connected again.'
  },
  errors: {
    invalid_input: 'Something in what you entered is not right.',
    not_found: 'What you are looking for no longer exists.',
    conflict: 'The change clashes with something that already exists.',
    file: 'The file could not be read or written.',
    forbidden: 'Access denied. Restart Medskapa and open the link again.',
    internal: 'Something went wrong in Medskapa.',
    network: 'Medskapa is not answering. Check that the program is running.',
    details: 'Details: {{message}}',
    dismiss: 'Close'
  },
  start: {
    title: 'Start page',
    newWorkshop: {
      heading: 'New workshop',
      intro: 'Choose a method. The phases and questions are set up for you, and you can change them later.',
      titleLabel: 'Name of the workshop',
      titleHint: 'For example “Safety in Alby, 14 March”.',
      titleRequired: 'Enter a name for the workshop.',
      methodLegend: 'Method',
      meetings_one: '{{count}} meeting',
      meetings_other: '{{count}} meetings',
      phases_one: '{{count}} phase',
      phases_other: '{{count}} phases',
      minutes_one: 'about {{count}} minute',
      minutes_other: 'about {{count}} minutes',
      create: 'Create workshop',
      creating: 'Creating …'
    },
    demo: {
      heading: 'Try a demo',
      text: 'A short dystopia exercise with a few notes, so you can see how it works.',
      open: 'Open demo'
    },
    recent: {
      heading: 'Recently opened',
      empty: 'You have not opened a workshop yet.',
      forget: 'Remove {{title}} from the list'
    },
    files: {
      heading: 'Workshops in the data folder',
      empty: 'There are no workshops in the data folder yet.',
      allRecent: 'Every workshop in the data folder is in the list above.',
      folder: 'Data folder: {{path}}',
      modified: 'Changed {{date}}',
      problem: 'Cannot be opened: {{problem}}'
    },
    openFile: {
      heading: 'Open a file',
      chooseFile: 'Choose file …',
      pathLabel: 'Path to the file',
      pathHint: 'Medskapa runs on this computer, so you can type the full path to a .medskapa file. For example /home/anna/Documents/workshop.medskapa.',
      open: 'Open',
      pathRequired: 'Enter the path to the file.'
    },
    importJson: {
      heading: 'Import JSON',
      text: 'Create a workshop from an exported JSON file. The file is checked first, and nothing is saved if something is wrong.',
      fileLabel: 'Choose JSON file',
      notJson: 'The file is not valid JSON: {{message}}',
      failed: 'The file could not be imported.',
      importing: 'Importing …'
    }
  },
  workshop: {
    tools: 'Workshop tools',
    sidePanels: 'Side panels',
    backToStart: 'Start page',
    loading: 'Opening the workshop …',
    openFailed: 'The workshop could not be opened.',
    closed: 'The workshop was closed in another window.',
    reopen: 'Open again',
    filePath: 'File: {{path}}',
    saved: 'Saved',
    saving: 'Saving …',
    saveFailed: 'Could not save',
    undo: 'Undo',
    redo: 'Redo',
    undoWhat: 'Undo: {{what}}',
    redoWhat: 'Redo: {{what}}',
    noPhase: 'This workshop has no phases yet.',
    guidance: 'Tips for you as facilitator',
    phaseOf: 'Phase {{n}} of {{total}}'
  },
  undoLabels: {
    sticky_add: 'new note',
    sticky_update: 'edited note',
    sticky_remove: 'deleted note'
  },
  phases: {
    heading: 'Phases',
    state: {
      done: 'Done',
      active: 'Now',
      pending: 'Next'
    },
    minutes: '{{count}} min',
    kind: {
      inform: 'Information',
      capture: 'Capture',
      cluster: 'Group',
      reflect: 'Reflect',
      vote: 'Vote',
      invert: 'Turn it around',
      effect_chain: 'Effect chain',
      proposals: 'Proposals',
      responses: 'Answers',
      free_notes: 'Notes'
    }
  },
  capture: {
    label: 'New note',
    placeholder: 'Write what is said …',
    hint: 'Enter adds the note. Shift + Enter starts a new line.',
    add: 'Add',
    colourLegend: 'Colour',
    added: 'Note added.'
  },
  colours: {
    yellow: 'Yellow',
    pink: 'Pink',
    blue: 'Blue',
    green: 'Green',
    orange: 'Orange',
    purple: 'Purple',
    grey: 'Grey'
  },
  stickies: {
    heading: 'Notes',
    count_one: '{{count}} note',
    count_other: '{{count}} notes',
    empty: 'No notes yet. Write the first one in the field above.',
    edit: 'Edit',
    editLabel: 'Edit the note',
    editHint: 'Enter saves. Esc cancels.',
    remove: 'Delete',
    removeNamed: 'Delete the note “{{text}}”',
    editNamed: 'Edit the note “{{text}}”',
    removed: 'The note was deleted.',
    updated: 'The note was changed.',
    hidden: 'Hidden from the projector'
  },
  toast: {
    region: 'Messages',
    undo: 'Undo'
  },
  keys: {
    shift: 'Shift',
    ctrl: 'Ctrl',
    alt: 'Alt'
  },
  commands: {
    paletteTitle: 'Commands',
    open: 'Commands',
    searchLabel: 'Search commands',
    searchPlaceholder: 'Type to search …',
    none: 'No commands match.',
    disabled: 'not available now',
    groups: {
      app: 'General',
      workshop: 'Workshop',
      history: 'Changes',
      capture: 'Notes'
    },
    palette: 'Show all commands',
    newWorkshop: 'New workshop',
    openWorkshop: 'Open workshop',
    undo: 'Undo',
    redo: 'Redo',
    focusCapture: 'Write a new note',
    switchLanguage: 'Switch language to Swedish',
    goToStart: 'Go to the start page',
    openDemo: 'Open demo'
  }
} as const satisfies Translation
