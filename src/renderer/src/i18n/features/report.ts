import { defineStrings } from './index.ts'

// The export dialog for the Word report to the nämnder. The secretary reads these after the
// meeting, often with the screen still projected: short sentences, say what happens to the data.
const sv = {
  command: 'Exportera rapport',
  button: 'Exportera rapport',
  title: 'Exportera rapport till Word',
  close: 'Stäng',
  loading: 'Läser in …',
  previewFailed: 'Det gick inte att förbereda rapporten.',
  retry: 'Försök igen',
  header: {
    legend: 'Dokumentets huvud',
    hint: 'Sparas när du lämnar fältet.',
    municipality: 'Kommun',
    department: 'Förvaltning',
    documentType: 'Dokumenttyp',
    date: 'Datum',
    dateHint: 'Lämna tomt för dagens datum ({{today}}).',
    datePlaceholder: 'ÅÅÅÅ-MM-DD',
    dateInvalid: 'Skriv datumet som år-månad-dag, till exempel 2025-04-10.',
    diarienummer: 'Diarienummer',
    diarienummerHint: 'Skriv som ni brukar, till exempel KS/2024:279.',
    handlaggare: 'Handläggare',
    more: 'Underrubrik och egen sammanfattning',
    subtitle: 'Underrubrik',
    summary: 'Egen sammanfattning',
    summaryHint: 'Står först i rapporten, före det som Medskapa räknar fram.',
    saveFailed: 'Kunde inte spara {{field}}.'
  },
  sections: {
    legend: 'Avsnitt',
    hint: 'Avsnitt utan innehåll tas inte med.',
    empty: 'tom – tas inte med',
    noneChosen: 'Välj minst ett avsnitt med innehåll.'
  },
  language: {
    legend: 'Rapportens språk',
    sv: 'Svenska',
    en: 'English'
  },
  authors: {
    label: 'Ta med författare på lapparna',
    warning: 'Signaturer på lapparna är ofta personuppgifter. Ta bara med dem om deltagarna själva har bett om det.'
  },
  privacy: {
    legend: 'Personuppgifter',
    checking: 'Letar efter personuppgifter …',
    none: 'Inga personuppgifter hittades i det som rapporten tar med.',
    found_one: 'En möjlig personuppgift hittades i det som rapporten tar med.',
    found_other: '{{count}} möjliga personuppgifter hittades i det som rapporten tar med.',
    masked: 'Siffror och bokstäver är delvis dolda här, så att de inte syns om skärmen visas för gruppen.',
    listLabel: 'Personuppgifter som hittades',
    more_one: 'och en till',
    more_other: 'och {{count}} till',
    choiceLegend: 'Vad ska hända med dem i rapporten?',
    pseudonymise: 'Pseudonymisera i rapporten',
    pseudonymiseHint: 'Namn blir ”Deltagare A”, nummer och adresser blir en platshållare. Workshoppen ändras inte.',
    keep: 'Ta med texten som den är',
    keepHint: 'Välj bara detta om deltagarna har gett sitt samtycke.',
    chooseFirst: 'Välj vad som ska hända med personuppgifterna innan du exporterar.',
    fixInPanel: 'Rätta texterna i panelen Personuppgifter',
    kinds: {
      personnummer: 'Personnummer',
      samordningsnummer: 'Samordningsnummer',
      phone: 'Telefonnummer',
      email: 'E-postadress',
      name: 'Namn'
    },
    where: {
      workshop: 'Om workshoppen',
      meeting: 'Träff',
      phase: 'Fas',
      sticky: 'Lapp',
      stickyIn: 'Lapp i {{phase}}',
      authorLabel: 'Signatur på lapp',
      cluster: 'Tema',
      countermeasure: 'Motåtgärd',
      note: 'Anteckning',
      effectRow: 'Effektkedja',
      proposal: 'Förslag',
      response: 'Svar från nämnd',
      feedback: 'Återkoppling',
      question: 'Öppen fråga',
      header: 'Rapportens huvud'
    }
  },
  guard: {
    none: 'Inga personuppgifter hittades.',
    choose_one: 'En möjlig personuppgift. Välj vad som ska hända med den.',
    choose_other: '{{count}} möjliga personuppgifter. Välj vad som ska hända med dem.',
    pseudonymised_one: 'En möjlig personuppgift pseudonymiseras i rapporten.',
    pseudonymised_other: '{{count}} möjliga personuppgifter pseudonymiseras i rapporten.',
    kept_one: 'En möjlig personuppgift tas med som den är.',
    kept_other: '{{count}} möjliga personuppgifter tas med som de är.',
    show: 'Visa'
  },
  file: {
    label: 'Spara som',
    hint: 'Hela sökvägen. Mappen måste finnas. En fil med samma namn ersätts.',
    useProposal: 'Använd föreslaget namn',
    notDocx: 'Filnamnet ska sluta på .docx.'
  },
  export: 'Exportera',
  exporting: 'Skapar rapporten …',
  done: 'Rapporten är sparad.',
  doneDetail: '{{path}} ({{size}})',
  doneAnnounce: 'Rapporten är sparad: {{path}}',
  failed: 'Rapporten kunde inte sparas.',
  kilobytes: '{{n}} kB'
} as const

const en = {
  command: 'Export report',
  button: 'Export report',
  title: 'Export the report to Word',
  close: 'Close',
  loading: 'Loading …',
  previewFailed: 'The report could not be prepared.',
  retry: 'Try again',
  header: {
    legend: 'Document header',
    hint: 'Saved when you leave the field.',
    municipality: 'Municipality',
    department: 'Department',
    documentType: 'Document type',
    date: 'Date',
    dateHint: "Leave empty for today's date ({{today}}).",
    datePlaceholder: 'YYYY-MM-DD',
    dateInvalid: 'Write the date as year-month-day, for example 2025-04-10.',
    diarienummer: 'Reference number',
    diarienummerHint: 'Write it as you usually do, for example KS/2024:279.',
    handlaggare: 'Officer in charge',
    more: 'Subtitle and your own summary',
    subtitle: 'Subtitle',
    summary: 'Your own summary',
    summaryHint: 'Comes first in the report, before what Medskapa counts by itself.',
    saveFailed: 'Could not save {{field}}.'
  },
  sections: {
    legend: 'Sections',
    hint: 'Sections without content are left out.',
    empty: 'empty – left out',
    noneChosen: 'Choose at least one section with content.'
  },
  language: {
    legend: 'Language of the report',
    sv: 'Svenska',
    en: 'English'
  },
  authors: {
    label: 'Include the authors of the notes',
    warning: 'Signatures on notes are often personal data. Include them only if the participants asked for it themselves.'
  },
  privacy: {
    legend: 'Personal data',
    checking: 'Looking for personal data …',
    none: 'No personal data was found in what the report includes.',
    found_one: 'One possible piece of personal data was found in what the report includes.',
    found_other: '{{count}} possible pieces of personal data were found in what the report includes.',
    masked: 'Digits and letters are partly hidden here, so they do not show if the screen is projected.',
    listLabel: 'Personal data found',
    more_one: 'and one more',
    more_other: 'and {{count}} more',
    choiceLegend: 'What should happen to them in the report?',
    pseudonymise: 'Pseudonymise in the report',
    pseudonymiseHint: 'Names become “Participant A”, numbers and addresses become a placeholder. The workshop is not changed.',
    keep: 'Keep the text as it is',
    keepHint: 'Choose this only if the participants have given their consent.',
    chooseFirst: 'Choose what should happen to the personal data before you export.',
    fixInPanel: 'Fix the texts in the Personal data panel',
    kinds: {
      personnummer: 'Personal identity number',
      samordningsnummer: 'Coordination number',
      phone: 'Phone number',
      email: 'E-mail address',
      name: 'Name'
    },
    where: {
      workshop: 'About the workshop',
      meeting: 'Meeting',
      phase: 'Phase',
      sticky: 'Note',
      stickyIn: 'Note in {{phase}}',
      authorLabel: 'Signature on a note',
      cluster: 'Theme',
      countermeasure: 'Countermeasure',
      note: 'Meeting notes',
      effectRow: 'Effect chain',
      proposal: 'Proposal',
      response: 'Answer from a committee',
      feedback: 'Feedback',
      question: 'Open question',
      header: 'Report header'
    }
  },
  guard: {
    none: 'No personal data was found.',
    choose_one: 'One possible piece of personal data. Choose what should happen to it.',
    choose_other: '{{count}} possible pieces of personal data. Choose what should happen to them.',
    pseudonymised_one: 'One possible piece of personal data is pseudonymised in the report.',
    pseudonymised_other: '{{count}} possible pieces of personal data are pseudonymised in the report.',
    kept_one: 'One possible piece of personal data is kept as it is.',
    kept_other: '{{count}} possible pieces of personal data are kept as they are.',
    show: 'Show'
  },
  file: {
    label: 'Save as',
    hint: 'The whole path. The folder must exist. A file with the same name is replaced.',
    useProposal: 'Use the proposed name',
    notDocx: 'The file name must end in .docx.'
  },
  export: 'Export',
  exporting: 'Creating the report …',
  done: 'The report is saved.',
  doneDetail: '{{path}} ({{size}})',
  doneAnnounce: 'The report is saved: {{path}}',
  failed: 'The report could not be saved.',
  kilobytes: '{{n}} kB'
}

export const report = defineStrings(sv, en)
