import type { Language } from '../domain/enums.ts'

/**
 * Every fixed word of a summary, Swedish and English. Written for residents, not officials:
 * short sentences, everyday words, "vi" and "du" (Språkrådet's klarspråk advice).
 */
export interface SummaryLabels {
  documentType: string
  version: (n: number) => string
  meeting: (n: number) => string
  participants: (n: number) => string
  lead: string
  leadCheck: (date: string) => string
  changedSince: (version: number) => string
  changedIntro: string
  did: string
  found: string
  next: string
  step: string
  otherNotes: string
  happening: string
  votesHeading: string
  votes: (n: number) => string
  firstSteps: string
  proposals: string
  notes: string
  questions: string
  nextMeeting: (when: string) => string
  nextMeetingNoDate: string
  checkHeading: string
  checkBy: (date: string, contact: string) => string
  checkHow: string
  publicNote: string
  recommendation: string
  proposal: string
  moreVotes: (n: number) => string
}

const sv: SummaryLabels = {
  documentType: 'Minnesanteckningar',
  version: (n) => `Version ${n}`,
  meeting: (n) => `Träff ${n}`,
  participants: (n) => `${n} deltagare`,
  lead: 'Här är en kort sammanfattning av vad vi gjorde och vad som kom fram på träffen.',
  leadCheck: (date) => `Läs den gärna och säg till senast ${date} om något är fel eller saknas.`,
  changedSince: (v) => `Ändrat sedan version ${v}`,
  changedIntro: 'Efter synpunkter från deltagare har vi ändrat det här:',
  did: 'Det här gjorde vi',
  found: 'Det här kom fram',
  next: 'Så går vi vidare',
  step: 'Arbetsmoment',
  otherNotes: 'Andra tankar',
  happening: 'pågår redan',
  votesHeading: 'Det här tyckte flest var viktigast',
  votes: (n) => (n === 1 ? '1 röst' : `${n} röster`),
  firstSteps: 'Första steg vi föreslår',
  proposals: 'Förslag och rekommendationer',
  notes: 'Anteckningar',
  questions: 'Frågor vi tar med oss',
  nextMeeting: (when) => `Nästa träff: ${when}.`,
  nextMeetingNoDate: 'Nästa träff: datum är inte bestämt ännu.',
  checkHeading: 'Stämmer det här?',
  checkBy: (date, contact) =>
    `Hör av dig senast ${date} om något är fel eller saknas${contact ? `: ${contact}` : '. Kontakta den som leder träffarna'}.`,
  checkHow: 'Skriv vad som ska ändras. Vi skriver inte upp vem som ber om en ändring.',
  publicNote: 'Anteckningarna innehåller inga namn. När de har skickats ut kan de bli en allmän handling som vem som helst kan be att få läsa.',
  recommendation: 'Rekommendation',
  proposal: 'Förslag',
  moreVotes: (n) => (n === 1 ? 'och ett förslag till' : `och ${n} förslag till`)
}

const en: SummaryLabels = {
  documentType: 'Meeting notes',
  version: (n) => `Version ${n}`,
  meeting: (n) => `Meeting ${n}`,
  participants: (n) => (n === 1 ? '1 participant' : `${n} participants`),
  lead: 'Here is a short summary of what we did and what came out of the meeting.',
  leadCheck: (date) => `Please read it and tell us by ${date} if anything is wrong or missing.`,
  changedSince: (v) => `Changed since version ${v}`,
  changedIntro: 'After comments from participants we changed this:',
  did: 'What we did',
  found: 'What came out',
  next: 'What happens next',
  step: 'Step',
  otherNotes: 'Other thoughts',
  happening: 'already happening',
  votesHeading: 'What most people found most important',
  votes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  firstSteps: 'First steps we suggest',
  proposals: 'Proposals and recommendations',
  notes: 'Notes',
  questions: 'Questions we take with us',
  nextMeeting: (when) => `Next meeting: ${when}.`,
  nextMeetingNoDate: 'Next meeting: the date is not set yet.',
  checkHeading: 'Is this right?',
  checkBy: (date, contact) =>
    `Please get in touch by ${date} if anything is wrong or missing${contact ? `: ${contact}` : '. Contact the person who leads the meetings'}.`,
  checkHow: 'Say what should be changed. We do not write down who asked for a change.',
  publicNote: 'These notes contain no names. Once they are sent out they may become a public document that anyone can ask to read.',
  recommendation: 'Recommendation',
  proposal: 'Proposal',
  moreVotes: (n) => (n === 1 ? 'and one more item' : `and ${n} more items`)
}

export const SUMMARY_LABELS: Record<Language, SummaryLabels> = { sv, en }
