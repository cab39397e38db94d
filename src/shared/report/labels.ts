import type { CollabLevel, Decision, Language, ParticipationLevel } from '../domain/enums.ts'
import type { ReportSection } from './options.ts'

/**
 * Every fixed word the report prints, in Swedish and English. Headings are in sentence case,
 * as Swedish public documents write them (Myndigheternas skrivregler).
 */
export interface ReportLabels {
  sections: Record<ReportSection, string>
  contents: string
  documentType: string
  dnr: string
  date: string
  handlaggare: string
  meeting: string
  place: string
  participants: string
  unknown: string
  none: string
  purpose: string
  assignment: string
  commissionedBy: string
  receivers: string
  answerBy: string
  noReceivers: string
  participationText: (level: string) => string
  participationLevels: Record<ParticipationLevel, string>
  methodUsed: string
  meetingsHeading: string
  steps: string
  unclustered: string
  untitledCluster: string
  happeningNote: string
  noteCount: (n: number) => string
  notesOfMeeting: string
  openQuestions: string
  voteRank: string
  voteItem: string
  voteCount: string
  dystopiaItem: string
  alreadyHappening: string
  countermeasure: string
  due: string
  yes: string
  no: string
  to: (receiver: string) => string
  withoutReceiver: string
  recommendation: string
  proposal: string
  theme: string
  effectColumns: { longTerm: string; shortTerm: string; output: string; activity: string; responsible: string; time: string; resources: string; collab: string }
  goalArea: (name: string) => string
  noGoalArea: string
  legend: string
  legendColumns: { abbreviation: string; name: string }
  collabLevels: Record<CollabLevel, string>
  responseColumns: { body: string; decision: string; commitment: string }
  responsible: string
  dueBy: string
  decisions: Record<Decision, string>
  missingAnswer: string
  answerRequestedBy: (date: string) => string
  overdue: string
  feedbackColumns: { date: string; channel: string; text: string }
  summaryFacts: {
    meetings: (n: number, from: string | null, to: string | null) => string
    participants: (min: number, max: number) => string
    notes: (stickies: number, clusters: number) => string
    recommendations: (n: number, receivers: number) => string
    answers: (answered: number, total: number) => string
  }
  privacy: {
    anonymous: string
    authorsShown: string
    authorsHidden: string
    pseudonymised: string
    notPseudonymised: string
    informedAt: (date: string) => string
    storage: string
  }
  anchoringOverride: string
}

// Myndigheternas skrivregler: numbers up to twelve are written as words in running text.
const SV_NUMBERS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv']
const EN_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const word = (words: string[]) => (n: number): string => words[n] ?? String(n)
const sn = word(SV_NUMBERS)
const en_ = word(EN_NUMBERS)
const capital = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1)

const sv: ReportLabels = {
  sections: {
    summary: 'Sammanfattning',
    background: 'Bakgrund och uppdrag',
    method: 'Genomförande',
    results: 'Resultat',
    recommendations: 'Rekommendationer',
    effectChains: 'Effektkedjor',
    responses: 'Svar från nämnderna',
    feedback: 'Återkoppling till deltagarna',
    privacy: 'Hantering av personuppgifter',
    appendix: 'Bilaga: Alla lappar'
  },
  contents: 'Innehåll',
  documentType: 'Rapport',
  dnr: 'Dnr',
  date: 'Datum',
  handlaggare: 'Handläggare',
  meeting: 'Träff',
  place: 'Plats',
  participants: 'Antal deltagare',
  unknown: 'uppgift saknas',
  none: '–',
  purpose: 'Syfte',
  assignment: 'Uppdrag och mottagare',
  commissionedBy: 'Uppdragsgivare',
  receivers: 'Mottagare av resultatet',
  answerBy: 'svar senast',
  noReceivers: 'Inga mottagare angavs innan arbetet började.',
  participationText: (level) => `Arbetet låg på nivån ${level} på delaktighetstrappan.`,
  participationLevels: {
    information: 'information',
    consultation: 'konsultation',
    dialogue: 'dialog',
    influence: 'inflytande',
    codecision: 'medbestämmande'
  },
  methodUsed: 'Metod',
  meetingsHeading: 'Träffar',
  steps: 'Arbetsmoment',
  unclustered: 'Övriga lappar',
  untitledCluster: 'Tema utan rubrik',
  happeningNote: 'pågår redan',
  noteCount: (n) => (n === 1 ? 'en lapp' : `${sn(n)} lappar`),
  notesOfMeeting: 'Anteckningar',
  openQuestions: 'Frågor att ta vidare',
  voteRank: 'Plats',
  voteItem: 'Förslag',
  voteCount: 'Röster',
  dystopiaItem: 'Farhåga',
  alreadyHappening: 'Pågår redan',
  countermeasure: 'Första steg för att förhindra',
  due: 'När',
  yes: 'Ja',
  no: 'Nej',
  to: (receiver) => `Till ${receiver}`,
  withoutReceiver: 'Utan angiven mottagare',
  recommendation: 'Rekommendation',
  proposal: 'Förslag',
  theme: 'Tema',
  effectColumns: {
    longTerm: 'Långsiktiga effekter',
    shortTerm: 'Kortsiktig effekt',
    output: 'Prestation',
    activity: 'Aktivitet',
    responsible: 'Ansvar',
    time: 'Tid',
    resources: 'Resurser',
    collab: 'Samverkan (nu → behövs)'
  },
  goalArea: (name) => `Målområde: ${name}`,
  noGoalArea: 'Utan målområde',
  legend: 'Förkortningar',
  legendColumns: { abbreviation: 'Förkortning', name: 'Betyder' },
  collabLevels: {
    specified: 'specificerat',
    coordinated: 'samordnat',
    cooperation: 'samverkan',
    integrated: 'integrerat',
    merged: 'sammansmält'
  },
  responseColumns: { body: 'Nämnd', decision: 'Besked', commitment: 'Åtagande' },
  responsible: 'Ansvarig',
  dueBy: 'Klart',
  decisions: {
    agreed: 'Instämmer',
    partly: 'Instämmer delvis',
    not_agreed: 'Instämmer inte',
    not_answered: 'Inte besvarad'
  },
  missingAnswer: 'Svar saknas',
  answerRequestedBy: (date) => `svar begärt senast ${date}`,
  overdue: 'försenat',
  feedbackColumns: { date: 'Datum', channel: 'Hur', text: 'Vad' },
  summaryFacts: {
    meetings: (n, from, to) =>
      n === 1
        ? `Arbetet bestod av en träff${from ? ` den ${from}` : ''}.`
        : `Arbetet bestod av ${sn(n)} träffar${from && to ? ` mellan den ${from} och den ${to}` : ''}.`,
    participants: (min, max) =>
      min === max ? `Varje träff hade ${sn(min)} deltagare.` : `Träffarna hade mellan ${sn(min)} och ${sn(max)} deltagare.`,
    notes: (stickies, clusters) =>
      `Deltagarna skrev ${sn(stickies)} lappar${clusters > 0 ? `, som grupperades i ${sn(clusters)} teman` : ''}.`,
    recommendations: (n, receivers) =>
      `Rapporten lämnar ${n === 1 ? 'en rekommendation' : `${sn(n)} rekommendationer`}${receivers > 0 ? ` till ${sn(receivers)} mottagare` : ''}.`,
    answers: (answered, total) => `${capital(sn(answered))} av ${sn(total)} begärda svar har kommit in.`
  },
  privacy: {
    anonymous:
      'Deltagarnas lappar och röster samlades in utan namn. Rapporten redovisar hur många som deltog, inte vilka de var.',
    authorsShown: 'På deltagarnas begäran visas den signatur som skrevs på lapparna.',
    authorsHidden: 'Signaturer på lapparna visas inte i rapporten.',
    pseudonymised:
      'Personuppgifter som hittades i texterna (till exempel namn, personnummer, telefonnummer och e-postadresser) har ersatts med platshållare.',
    notPseudonymised: 'Texterna återges ordagrant, utan att personuppgifter har ersatts automatiskt.',
    informedAt: (date) => `Deltagarna informerades om hur uppgifterna hanteras den ${date}.`,
    storage:
      'Underlaget finns i en arbetsfil hos förvaltningen och gallras enligt kommunens dokumenthanteringsplan.'
  },
  anchoringOverride: 'Arbetet startade utan namngivna mottagare. Skäl:'
}

const en: ReportLabels = {
  sections: {
    summary: 'Summary',
    background: 'Background and assignment',
    method: 'How the work was done',
    results: 'Results',
    recommendations: 'Recommendations',
    effectChains: 'Effect chains',
    responses: 'Answers from the committees',
    feedback: 'Feedback to the participants',
    privacy: 'Handling of personal data',
    appendix: 'Appendix: All notes'
  },
  contents: 'Contents',
  documentType: 'Report',
  dnr: 'Ref. no.',
  date: 'Date',
  handlaggare: 'Officer in charge',
  meeting: 'Meeting',
  place: 'Place',
  participants: 'Participants',
  unknown: 'not recorded',
  none: '–',
  purpose: 'Purpose',
  assignment: 'Assignment and receivers',
  commissionedBy: 'Commissioned by',
  receivers: 'Receivers of the results',
  answerBy: 'answer by',
  noReceivers: 'No receivers were named before the work started.',
  participationText: (level) => `The work was at the level of ${level} on the participation ladder.`,
  participationLevels: {
    information: 'information',
    consultation: 'consultation',
    dialogue: 'dialogue',
    influence: 'influence',
    codecision: 'co-decision'
  },
  methodUsed: 'Method',
  meetingsHeading: 'Meetings',
  steps: 'Steps',
  unclustered: 'Other notes',
  untitledCluster: 'Untitled theme',
  happeningNote: 'already happening',
  noteCount: (n) => (n === 1 ? 'one note' : `${en_(n)} notes`),
  notesOfMeeting: 'Notes',
  openQuestions: 'Questions to take further',
  voteRank: 'Rank',
  voteItem: 'Item',
  voteCount: 'Votes',
  dystopiaItem: 'Concern',
  alreadyHappening: 'Already happening',
  countermeasure: 'First step to prevent it',
  due: 'When',
  yes: 'Yes',
  no: 'No',
  to: (receiver) => `To ${receiver}`,
  withoutReceiver: 'Without a named receiver',
  recommendation: 'Recommendation',
  proposal: 'Proposal',
  theme: 'Theme',
  effectColumns: {
    longTerm: 'Long-term effects',
    shortTerm: 'Short-term effect',
    output: 'Output',
    activity: 'Activity',
    responsible: 'Responsible',
    time: 'Time',
    resources: 'Resources',
    collab: 'Collaboration (now → needed)'
  },
  goalArea: (name) => `Goal area: ${name}`,
  noGoalArea: 'No goal area',
  legend: 'Abbreviations',
  legendColumns: { abbreviation: 'Abbreviation', name: 'Stands for' },
  collabLevels: {
    specified: 'specified',
    coordinated: 'coordinated',
    cooperation: 'cooperation',
    integrated: 'integrated',
    merged: 'merged'
  },
  responseColumns: { body: 'Committee', decision: 'Answer', commitment: 'Commitment' },
  responsible: 'Responsible',
  dueBy: 'Due',
  decisions: {
    agreed: 'Agrees',
    partly: 'Partly agrees',
    not_agreed: 'Does not agree',
    not_answered: 'Not answered'
  },
  missingAnswer: 'No answer yet',
  answerRequestedBy: (date) => `answer requested by ${date}`,
  overdue: 'overdue',
  feedbackColumns: { date: 'Date', channel: 'How', text: 'What' },
  summaryFacts: {
    meetings: (n, from, to) =>
      n === 1
        ? `The work consisted of one meeting${from ? ` on ${from}` : ''}.`
        : `The work consisted of ${en_(n)} meetings${from && to ? ` between ${from} and ${to}` : ''}.`,
    participants: (min, max) =>
      min === max ? `Each meeting had ${en_(min)} participants.` : `The meetings had between ${en_(min)} and ${en_(max)} participants.`,
    notes: (stickies, clusters) =>
      `The participants wrote ${en_(stickies)} notes${clusters > 0 ? `, grouped into ${en_(clusters)} themes` : ''}.`,
    recommendations: (n, receivers) =>
      `The report makes ${en_(n)} ${n === 1 ? 'recommendation' : 'recommendations'}${receivers > 0 ? ` to ${en_(receivers)} ${receivers === 1 ? 'receiver' : 'receivers'}` : ''}.`,
    answers: (answered, total) => `${capital(en_(answered))} of ${en_(total)} requested answers have arrived.`
  },
  privacy: {
    anonymous:
      "The participants' notes and votes were collected without names. The report states how many took part, not who they were.",
    authorsShown: 'At the participants’ request, the signature written on each note is shown.',
    authorsHidden: 'Signatures on the notes are not shown in the report.',
    pseudonymised:
      'Personal data found in the texts (such as names, personal identity numbers, phone numbers and e-mail addresses) has been replaced with placeholders.',
    notPseudonymised: 'The texts are given verbatim; personal data has not been replaced automatically.',
    informedAt: (date) => `The participants were told how their data is handled on ${date}.`,
    storage: "The material is kept in a working file at the department and disposed of according to the municipality's records plan."
  },
  anchoringOverride: 'The work started without named receivers. Reason:'
}

export const REPORT_LABELS: Record<Language, ReportLabels> = { sv, en }
