// Swedish is the source language: every key starts here, and en.ts must have the same shape.
// Klarspråk: short sentences, verbs first, no jargon. Talk to the facilitator as "du".
export const sv = {
  app: {
    name: 'Medskapa',
    purpose: 'Led workshoppar och forskningscirklar med invånare – från lappar på väggen till svar från nämnden.',
    offlineNote: 'Allt sparas på den här datorn. Inget skickas någonstans.',
    skipToContent: 'Hoppa till innehållet',
    loading: 'Laddar …'
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English'
  },
  connection: {
    offline: 'Tappade kontakten med Medskapa. Försöker igen …',
    back: 'Kontakten är tillbaka.'
  },
  errors: {
    invalid_input: 'Något stämmer inte i det du skrev.',
    not_found: 'Det du letar efter finns inte längre.',
    conflict: 'Ändringen krockar med något som redan finns.',
    file: 'Det gick inte att läsa eller skriva filen.',
    forbidden: 'Du har inte behörighet. Starta om Medskapa och öppna länken igen.',
    internal: 'Något gick fel i Medskapa.',
    network: 'Medskapa svarar inte. Kontrollera att programmet är igång.',
    details: 'Detaljer: {{message}}',
    dismiss: 'Stäng'
  },
  start: {
    title: 'Startsida',
    newWorkshop: {
      heading: 'Ny workshop',
      intro: 'Välj en metod. Faserna och frågorna läggs in åt dig, och du kan ändra dem senare.',
      titleLabel: 'Namn på workshoppen',
      titleHint: 'Till exempel ”Trygghet i Alby, 14 mars”.',
      titleRequired: 'Skriv ett namn på workshoppen.',
      methodLegend: 'Metod',
      meetings_one: '{{count}} träff',
      meetings_other: '{{count}} träffar',
      phases_one: '{{count}} fas',
      phases_other: '{{count}} faser',
      minutes_one: 'cirka {{count}} minut',
      minutes_other: 'cirka {{count}} minuter',
      create: 'Skapa workshop',
      creating: 'Skapar …'
    },
    demo: {
      heading: 'Prova med en demo',
      text: 'En kort dystopiövning med några lappar, så att du ser hur det fungerar.',
      open: 'Öppna demo'
    },
    recent: {
      heading: 'Senast öppnade',
      empty: 'Du har inte öppnat någon workshop än.',
      forget: 'Ta bort {{title}} från listan'
    },
    files: {
      heading: 'Workshoppar i datamappen',
      empty: 'Det finns inga workshoppar i datamappen än.',
      allRecent: 'Alla workshoppar i datamappen finns i listan ovanför.',
      folder: 'Datamapp: {{path}}',
      modified: 'Ändrad {{date}}',
      problem: 'Går inte att öppna: {{problem}}'
    },
    openFile: {
      heading: 'Öppna en fil',
      chooseFile: 'Välj fil …',
      pathLabel: 'Sökväg till filen',
      pathHint: 'Medskapa körs på den här datorn, så du kan skriva hela sökvägen till en .medskapa-fil. Till exempel /home/anna/Dokument/workshop.medskapa.',
      open: 'Öppna',
      pathRequired: 'Skriv sökvägen till filen.'
    },
    importJson: {
      heading: 'Importera JSON',
      text: 'Skapa en workshop från en exporterad JSON-fil. Filen kontrolleras först, och inget sparas om något är fel.',
      fileLabel: 'Välj JSON-fil',
      notJson: 'Filen är inte giltig JSON: {{message}}',
      failed: 'Filen kunde inte importeras.',
      importing: 'Importerar …'
    }
  },
  workshop: {
    tools: 'Verktyg för workshoppen',
    sidePanels: 'Sidopaneler',
    backToStart: 'Startsida',
    loading: 'Öppnar workshoppen …',
    openFailed: 'Workshoppen kunde inte öppnas.',
    closed: 'Workshoppen stängdes i ett annat fönster.',
    reopen: 'Öppna igen',
    filePath: 'Fil: {{path}}',
    saved: 'Sparat',
    saving: 'Sparar …',
    saveFailed: 'Kunde inte spara',
    undo: 'Ångra',
    redo: 'Gör om',
    undoWhat: 'Ångra: {{what}}',
    redoWhat: 'Gör om: {{what}}',
    noPhase: 'Den här workshoppen har inga faser än.',
    guidance: 'Tips till dig som leder',
    phaseOf: 'Fas {{n}} av {{total}}'
  },
  undoLabels: {
    sticky_add: 'ny lapp',
    sticky_update: 'ändrad lapp',
    sticky_remove: 'borttagen lapp'
  },
  phases: {
    heading: 'Faser',
    state: {
      done: 'Klar',
      active: 'Nu',
      pending: 'Kommer'
    },
    minutes: '{{count}} min',
    kind: {
      inform: 'Information',
      capture: 'Samla in',
      cluster: 'Gruppera',
      reflect: 'Reflektera',
      vote: 'Rösta',
      invert: 'Vänd på det',
      effect_chain: 'Effektkedja',
      proposals: 'Förslag',
      responses: 'Svar',
      free_notes: 'Anteckningar'
    }
  },
  capture: {
    label: 'Ny lapp',
    placeholder: 'Skriv det som sägs …',
    hint: 'Enter lägger till lappen. Skift + Enter ger en ny rad.',
    add: 'Lägg till',
    colourLegend: 'Färg',
    added: 'Lapp tillagd.'
  },
  colours: {
    yellow: 'Gul',
    pink: 'Rosa',
    blue: 'Blå',
    green: 'Grön',
    orange: 'Orange',
    purple: 'Lila',
    grey: 'Grå'
  },
  stickies: {
    heading: 'Lappar',
    count_one: '{{count}} lapp',
    count_other: '{{count}} lappar',
    empty: 'Inga lappar än. Skriv den första i fältet ovanför.',
    edit: 'Ändra',
    editLabel: 'Ändra lappen',
    editHint: 'Enter sparar. Esc avbryter.',
    remove: 'Ta bort',
    removeNamed: 'Ta bort lappen ”{{text}}”',
    editNamed: 'Ändra lappen ”{{text}}”',
    removed: 'Lappen togs bort.',
    updated: 'Lappen ändrades.',
    hidden: 'Dold för projektorn'
  },
  toast: {
    region: 'Meddelanden',
    undo: 'Ångra'
  },
  keys: {
    shift: 'Skift',
    ctrl: 'Ctrl',
    alt: 'Alt'
  },
  commands: {
    paletteTitle: 'Kommandon',
    open: 'Kommandon',
    searchLabel: 'Sök kommando',
    searchPlaceholder: 'Skriv för att söka …',
    none: 'Inga kommandon matchar.',
    disabled: 'inte tillgängligt nu',
    groups: {
      app: 'Allmänt',
      workshop: 'Workshop',
      history: 'Ändringar',
      capture: 'Lappar'
    },
    palette: 'Visa alla kommandon',
    newWorkshop: 'Ny workshop',
    openWorkshop: 'Öppna workshop',
    undo: 'Ångra',
    redo: 'Gör om',
    focusCapture: 'Skriv en ny lapp',
    switchLanguage: 'Byt språk till engelska',
    goToStart: 'Gå till startsidan',
    openDemo: 'Öppna demo'
  }
} as const
