import type { MethodTemplate } from './schema.ts'

// From the Borås slides (seed S3) and TRIZ (domain brief §3.1–3.2); durations from the brief's
// suggested 90-minute agenda.
export const dystopia: MethodTemplate = {
  id: 'dystopia',
  requiresAnchoring: false,
  sv: {
    name: 'Dystopiövningen',
    description:
      'Gruppen listar allt som skulle få något att misslyckas, ser vad som redan händer och vänder det till första steg och en effektkedja.'
  },
  en: {
    name: 'Dystopia exercise',
    description:
      'The group lists everything that would make something fail, sees what is already happening, and turns it into first steps and an effect chain.'
  },
  meetings: [
    {
      sv: { title: 'Dystopiövning' },
      en: { title: 'Dystopia exercise' },
      phases: [
        {
          kind: 'inform',
          durationMin: 10,
          sv: {
            title: 'Inledning',
            prompt: 'Varför är vi här, och vad händer med det vi kommer fram till?',
            guidance: 'Berätta syftet, nivån på delaktighetstrappan och vem som tar emot resultatet och när.'
          },
          en: {
            title: 'Introduction',
            prompt: 'Why are we here, and what happens to what we find?',
            guidance: 'State the purpose, the level on the participation ladder and who receives the results, and when.'
          }
        },
        {
          kind: 'capture',
          durationMin: 15,
          sv: {
            title: 'Skapa dystopin',
            prompt: 'Hur ska vi göra om vi vill misslyckas med integrationen?',
            guidance: 'Be om handlingar, inte risker: "vad skulle vi göra för att garantera att det går illa?". Skratt är bra här.'
          },
          en: {
            title: 'Create the dystopia',
            prompt: 'How would we make sure we fail at integration?',
            guidance: 'Ask for actions, not risks: "what would we do to make sure it goes wrong?". Laughter helps here.'
          }
        },
        {
          kind: 'cluster',
          durationMin: 10,
          sv: {
            title: 'Gruppera',
            prompt: 'Vilka lappar hör ihop?',
            guidance: 'Gruppera under tystnad först, namnge grupperna sedan.'
          },
          en: {
            title: 'Group',
            prompt: 'Which notes belong together?',
            guidance: 'Group in silence first, name the groups afterwards.'
          }
        },
        {
          kind: 'reflect',
          durationMin: 12,
          sv: {
            title: 'Reflektion',
            prompt: 'Våra farhågor är på väg att …',
            guidance: 'Gå igenom lapp för lapp: gör vi redan något som liknar detta, om än lite? Markera det som redan händer.'
          },
          en: {
            title: 'Reflection',
            prompt: 'Our fears are on their way to …',
            guidance: 'Go item by item: are we already doing anything like this, even a little? Mark what is already happening.'
          }
        },
        {
          kind: 'vote',
          durationMin: 8,
          sv: {
            title: 'Prioritera',
            prompt: 'Vad är viktigast att stoppa först?',
            guidance: 'Alla har lika många prickar. Rösta samtidigt så att ingen påverkas av andras prickar.'
          },
          en: {
            title: 'Prioritise',
            prompt: 'What matters most to stop first?',
            guidance: 'Everyone has the same number of dots. Vote at the same time so nobody follows the others.'
          }
        },
        {
          kind: 'invert',
          durationMin: 15,
          sv: {
            title: 'Vänd till första steg',
            prompt: 'Vilket första steg tar vi för att sluta med det?',
            guidance: 'Ett första steg per prioriterad farhåga, med vem som äger det och när.'
          },
          en: {
            title: 'Invert into first steps',
            prompt: 'What first step do we take to stop doing it?',
            guidance: 'One first step per prioritised fear, with who owns it and by when.'
          }
        },
        {
          kind: 'effect_chain',
          durationMin: 15,
          sv: {
            title: 'Effektkedja',
            prompt: 'Från aktivitet till långsiktig effekt',
            guidance: 'Fyll i aktivitet, prestation, kortsiktig och långsiktig effekt och vem som ansvarar. Tid och resurser kan vänta.'
          },
          en: {
            title: 'Effect chain',
            prompt: 'From activity to long-term effect',
            guidance: 'Fill in activity, output, short- and long-term effect and who is responsible. Time and resources can wait.'
          }
        }
      ]
    }
  ]
}
