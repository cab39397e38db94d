/**
 * What participants in a circle on discrimination are told before they take part (domain brief
 * §1.4, after Vetenskapsrådet's information and consent requirements). The set-up shows these;
 * `workshop.recordParticipantInfo` records that the information was given.
 */
export const PARTICIPANT_INFO_ITEMS = ['purpose', 'receivers', 'voluntary', 'notesKept'] as const
export type ParticipantInfoItem = (typeof PARTICIPANT_INFO_ITEMS)[number]

export const PARTICIPANT_INFO_TEXT: Record<'sv' | 'en', Record<ParticipantInfoItem, string>> = {
  sv: {
    purpose: 'Syftet med cirkeln och vad resultaten ska användas till',
    receivers: 'Vem som får resultaten (vilka nämnder och förvaltningar) och när de ska svara',
    voluntary: 'Att det är frivilligt att delta och att man kan avbryta när som helst',
    notesKept: 'Hur anteckningarna förs och sparas, och att namn inte skrivs ut'
  },
  en: {
    purpose: 'The purpose of the circle and what the results will be used for',
    receivers: 'Who receives the results (which committees and departments) and when they answer',
    voluntary: 'That taking part is voluntary and anyone may stop at any time',
    notesKept: 'How notes are taken and kept, and that names are not written down'
  }
}
