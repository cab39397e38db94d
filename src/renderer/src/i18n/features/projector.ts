import { defineStrings } from './index.ts'

// The room's screen (read from the back row, in the workshop's language) and the facilitator's
// presenter controls. Klarspråk: the room reads a few words at a time, from far away.
const sv = {
  screen: {
    label: 'Projektorn',
    closed: 'Workshoppen är stängd',
    none: 'Vi börjar snart',
    noKey: 'Projektorsidan saknar sin nyckel. Öppna projektorn från Medskapa igen.',
    connecting: 'Ansluter till Medskapa …',
    offline: 'Ingen kontakt med Medskapa. Visar det senaste.'
  },
  timer: {
    label: 'Tid kvar: {{time}}',
    paused: 'Pausad',
    low: 'Snart slut',
    over: 'Tiden är ute',
    notStarted: 'Inte startad'
  },
  board: {
    empty: 'Inga lappar ännu',
    silent: 'Tyst skrivande',
    hidden_one: '{{count}} lapp väntar på att visas',
    hidden_other: '{{count}} lappar väntar på att visas',
    unsorted: 'Utan grupp',
    happening: 'Händer redan',
    firstStep: 'Första steg',
    owner: 'Vem: {{owner}}',
    due: 'När: {{due}}',
    more_one: '+{{count}} lapp till',
    more_other: '+{{count}} lappar till',
    notes_one: '{{count}} lapp',
    notes_other: '{{count}} lappar'
  },
  vote: {
    running: 'Röstningen pågår',
    dots_one: '{{count}} prick per person',
    dots_other: '{{count}} prickar per person',
    results: 'Resultat',
    total_one: '{{count}} prick',
    total_other: '{{count}} prickar',
    rank: 'Plats {{rank}}',
    empty: 'Inget att rösta på ännu'
  },
  effect: {
    empty: 'Effektkedjan är tom än så länge',
    goalArea: 'Målområde',
    longTerm: 'Långsiktig effekt',
    shortTerm: 'Kortsiktig effekt',
    output: 'Prestation',
    activity: 'Aktivitet',
    responsible: 'Ansvar',
    time: 'Tid',
    resources: 'Resurser',
    collab: 'Samverkan nu → behov',
    collabLevel: {
      specified: 'Specificerat',
      coordinated: 'Samordnat',
      cooperation: 'Samarbete',
      integrated: 'Integrerat',
      merged: 'Sammanslaget'
    }
  },
  proposals: {
    empty: 'Inga rekommendationer ännu',
    receivers: 'Till: {{names}}',
    noAnswer: 'Inget svar ännu',
    kind: {
      recommendation: 'Rekommendation',
      proposal: 'Förslag'
    },
    decision: {
      agreed: 'Bifall',
      partly: 'Delvis bifall',
      not_agreed: 'Avslag',
      not_answered: 'Inte besvarad'
    }
  },
  join: {
    heading: 'Var med från mobilen',
    address: 'Gå till',
    code: 'Kod',
    qr: 'QR-kod till {{url}}'
  },
  presenter: {
    button: 'Projektor',
    buttonLabel: 'Visa workshoppen på projektorn',
    panel: 'Projektorn',
    heading: 'Projektorn',
    previewHeading: 'Det här ser rummet',
    previewLabel: 'Förhandsvisning av projektorn',
    openBrowserHint: 'Projektorn öppnas i ett nytt fönster. Dra det till projektorns skärm och gör det till helskärm (F11).',
    openAppHint: 'Projektorn öppnas på den externa skärmen. Välj skärm under Visa › Projektor.',
    popupBlocked: 'Webbläsaren stoppade det nya fönstret.',
    popupLink: 'Öppna projektorn här',
    opened: 'Projektorn är öppen.',
    screens_zero: 'Ingen projektor visar workshoppen just nu.',
    screens_one: '{{count}} projektor visar workshoppen.',
    screens_other: '{{count}} projektorer visar workshoppen.',
    state: {
      live: 'Visar workshoppen',
      blank: 'Svart',
      frozen: 'Fryst',
      spotlight: 'Strålkastare på'
    },
    status: 'Projektorn: {{state}}',
    blank: 'Svart skärm',
    unblank: 'Visa igen',
    freeze: 'Frys bilden',
    unfreeze: 'Släpp frysningen',
    spotlight: 'Strålkastare',
    previous: 'Föregående',
    next: 'Nästa',
    endSpotlight: 'Avsluta strålkastaren',
    keysHint: 'Tangenter: B svart, F frys, S strålkastare, pilar bläddrar, Esc avslutar.',
    frozenHint: 'Rummet ser bilden från när du frös den. Ändringar syns när du släpper frysningen.',
    announce: {
      blank: 'Projektorn är svart.',
      unblank: 'Projektorn visar workshoppen igen.',
      frozen: 'Projektorbilden är fryst.',
      unfrozen: 'Projektorn följer workshoppen igen.',
      spotlight: 'Strålkastaren visar: {{what}}',
      spotlightOff: 'Strålkastaren är av.',
      nothing: 'Det finns inget att sätta strålkastaren på.'
    },
    commands: {
      open: 'Visa workshoppen på projektorn',
      blank: 'Projektor: svart skärm av eller på',
      freeze: 'Projektor: frys bilden eller släpp',
      spotlight: 'Projektor: strålkastare på lappen eller gruppen',
      next: 'Projektor: strålkastaren till nästa',
      previous: 'Projektor: strålkastaren till föregående',
      endSpotlight: 'Projektor: avsluta strålkastaren'
    }
  }
}

const en = {
  screen: {
    label: 'The projector',
    closed: 'The workshop is closed',
    none: 'We will begin shortly',
    noKey: 'The projector page has no key. Open the projector from Medskapa again.',
    connecting: 'Connecting to Medskapa …',
    offline: 'No connection to Medskapa. Showing the latest.'
  },
  timer: {
    label: 'Time left: {{time}}',
    paused: 'Paused',
    low: 'Almost up',
    over: 'Time is up',
    notStarted: 'Not started'
  },
  board: {
    empty: 'No notes yet',
    silent: 'Silent writing',
    hidden_one: '{{count}} note waiting to be shown',
    hidden_other: '{{count}} notes waiting to be shown',
    unsorted: 'Not grouped',
    happening: 'Already happening',
    firstStep: 'First step',
    owner: 'Who: {{owner}}',
    due: 'When: {{due}}',
    more_one: '+{{count}} more note',
    more_other: '+{{count}} more notes',
    notes_one: '{{count}} note',
    notes_other: '{{count}} notes'
  },
  vote: {
    running: 'Voting is open',
    dots_one: '{{count}} dot per person',
    dots_other: '{{count}} dots per person',
    results: 'Results',
    total_one: '{{count}} dot',
    total_other: '{{count}} dots',
    rank: 'Place {{rank}}',
    empty: 'Nothing to vote on yet'
  },
  effect: {
    empty: 'The effect chain is empty so far',
    goalArea: 'Goal area',
    longTerm: 'Long-term outcome',
    shortTerm: 'Short-term outcome',
    output: 'Output',
    activity: 'Activity',
    responsible: 'Responsible',
    time: 'Time',
    resources: 'Resources',
    collab: 'Collaboration now → needed',
    collabLevel: {
      specified: 'Specified',
      coordinated: 'Coordinated',
      cooperation: 'Cooperation',
      integrated: 'Integrated',
      merged: 'Merged'
    }
  },
  proposals: {
    empty: 'No recommendations yet',
    receivers: 'To: {{names}}',
    noAnswer: 'No answer yet',
    kind: {
      recommendation: 'Recommendation',
      proposal: 'Proposal'
    },
    decision: {
      agreed: 'Agreed',
      partly: 'Partly agreed',
      not_agreed: 'Not agreed',
      not_answered: 'Not answered'
    }
  },
  join: {
    heading: 'Join from your phone',
    address: 'Go to',
    code: 'Code',
    qr: 'QR code for {{url}}'
  },
  presenter: {
    button: 'Projector',
    buttonLabel: 'Show the workshop on the projector',
    panel: 'Projector',
    heading: 'The projector',
    previewHeading: 'What the room sees',
    previewLabel: 'Preview of the projector',
    openBrowserHint: 'The projector opens in a new window. Drag it to the projector’s screen and make it full screen (F11).',
    openAppHint: 'The projector opens on the external screen. Choose the screen under View › Projector.',
    popupBlocked: 'The browser stopped the new window.',
    popupLink: 'Open the projector here',
    opened: 'The projector is open.',
    screens_zero: 'No projector shows the workshop right now.',
    screens_one: '{{count}} projector shows the workshop.',
    screens_other: '{{count}} projectors show the workshop.',
    state: {
      live: 'Showing the workshop',
      blank: 'Blank',
      frozen: 'Frozen',
      spotlight: 'Spotlight on'
    },
    status: 'Projector: {{state}}',
    blank: 'Blank screen',
    unblank: 'Show again',
    freeze: 'Freeze the picture',
    unfreeze: 'Unfreeze',
    spotlight: 'Spotlight',
    previous: 'Previous',
    next: 'Next',
    endSpotlight: 'End the spotlight',
    keysHint: 'Keys: B blank, F freeze, S spotlight, arrows step, Esc ends.',
    frozenHint: 'The room sees the picture from when you froze it. Changes show when you unfreeze.',
    announce: {
      blank: 'The projector is blank.',
      unblank: 'The projector shows the workshop again.',
      frozen: 'The projector picture is frozen.',
      unfrozen: 'The projector follows the workshop again.',
      spotlight: 'The spotlight shows: {{what}}',
      spotlightOff: 'The spotlight is off.',
      nothing: 'There is nothing to put in the spotlight.'
    },
    commands: {
      open: 'Show the workshop on the projector',
      blank: 'Projector: blank screen on or off',
      freeze: 'Projector: freeze or unfreeze the picture',
      spotlight: 'Projector: spotlight the note or group',
      next: 'Projector: spotlight the next one',
      previous: 'Projector: spotlight the previous one',
      endSpotlight: 'Projector: end the spotlight'
    }
  }
}

export const projector = defineStrings(sv, en)
