// Every text a resident's phone shows, in the languages of the rooms (domain brief §7). Swedish and
// English are the app's own; Arabic, Somali, Finnish and Tigrinya were written without a native
// speaker and are listed in docs/translations.md for review. Keep them short and plain: many
// readers are reading in their second or third language, on a small screen.

export const PHONE_LANGUAGES = [
  // Each language is named in itself, so a resident finds their own without reading Swedish.
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'fi', name: 'Suomi', dir: 'ltr' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr' }
] as const

export type PhoneLanguage = (typeof PHONE_LANGUAGES)[number]['code']
export const DEFAULT_PHONE_LANGUAGE: PhoneLanguage = 'sv'

const sv = {
  language: 'Språk',
  joinTitle: 'Skriv koden som syns på skärmen',
  joinCodeLabel: 'Kod',
  joinButton: 'Gå med',
  joinWrong: 'Koden stämmer inte. Titta på skärmen och försök igen.',
  joinLocked: 'För många försök. Vänta några minuter och försök igen.',
  anonymous: 'Du är anonym. Ditt namn sparas inte.',
  questionLabel: 'Frågan just nu',
  noteLabel: 'Din lapp',
  notePlaceholder: 'Skriv här …',
  charsLeft: '{n} tecken kvar',
  send: 'Skicka',
  sending: 'Skickar …',
  received: 'Tack! Din lapp har kommit fram.',
  writeMore: 'Du kan skicka fler lappar.',
  empty: 'Skriv något först.',
  tooLong: 'Lappen är för lång. Högst {n} tecken.',
  tooFast: 'Du skickar väldigt snabbt. Vänta en liten stund.',
  failed: 'Det gick inte. Försök igen.',
  notesClosed: 'Det går inte att skicka lappar just nu. Din text finns kvar.',
  offline: 'Ingen kontakt med datorn. Är du på samma wifi?',
  waitStart: 'Vänta lite – mötet har inte börjat än.',
  waitPhase: 'Just nu skriver vi inte på telefonen. Lyssna och prata med gruppen.',
  voteTitle: 'Rösta med dina prickar',
  dotsLeft: 'Prickar kvar: {n} av {total}',
  addDot: 'Lägg en prick på',
  removeDot: 'Ta bort en prick från',
  yourDots: 'Dina prickar: {n}',
  allUsed: 'Alla dina prickar är utdelade. Ta bort en om du vill flytta den.',
  maxPerItem: 'Högst {n} prickar på samma sak.',
  voteClosed: 'Röstningen är klar. Tack!',
  nothingToVote: 'Det finns inget att rösta på ännu.'
}

export type PhoneStringKey = keyof typeof sv
type PhoneStrings = Record<PhoneStringKey, string>

const en: PhoneStrings = {
  language: 'Language',
  joinTitle: 'Type the code shown on the screen',
  joinCodeLabel: 'Code',
  joinButton: 'Join',
  joinWrong: 'That code is not right. Look at the screen and try again.',
  joinLocked: 'Too many tries. Wait a few minutes and try again.',
  anonymous: 'You are anonymous. Your name is not saved.',
  questionLabel: 'The question now',
  noteLabel: 'Your note',
  notePlaceholder: 'Write here …',
  charsLeft: '{n} characters left',
  send: 'Send',
  sending: 'Sending …',
  received: 'Thank you! Your note has arrived.',
  writeMore: 'You can send more notes.',
  empty: 'Write something first.',
  tooLong: 'The note is too long. At most {n} characters.',
  tooFast: 'You are sending very fast. Please wait a moment.',
  failed: 'That did not work. Please try again.',
  notesClosed: 'Notes cannot be sent right now. Your text is kept.',
  offline: 'No contact with the computer. Are you on the same Wi-Fi?',
  waitStart: 'Please wait – the meeting has not started yet.',
  waitPhase: 'We are not writing on phones right now. Listen and talk with the group.',
  voteTitle: 'Vote with your dots',
  dotsLeft: 'Dots left: {n} of {total}',
  addDot: 'Add a dot to',
  removeDot: 'Take a dot from',
  yourDots: 'Your dots: {n}',
  allUsed: 'All your dots are placed. Take one back if you want to move it.',
  maxPerItem: 'At most {n} dots on the same thing.',
  voteClosed: 'Voting is over. Thank you!',
  nothingToVote: 'There is nothing to vote on yet.'
}

const ar: PhoneStrings = {
  language: 'اللغة',
  joinTitle: 'اكتب الرمز الظاهر على الشاشة',
  joinCodeLabel: 'الرمز',
  joinButton: 'انضمّ',
  joinWrong: 'الرمز غير صحيح. انظر إلى الشاشة وحاول مرة أخرى.',
  joinLocked: 'محاولات كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.',
  anonymous: 'أنت مجهول الهوية. لا يُحفَظ اسمك.',
  questionLabel: 'السؤال الآن',
  noteLabel: 'ورقتك',
  notePlaceholder: 'اكتب هنا …',
  charsLeft: 'بقي {n} حرفًا',
  send: 'إرسال',
  sending: 'جارٍ الإرسال …',
  received: 'شكرًا! وصلت ورقتك.',
  writeMore: 'يمكنك إرسال أوراق أخرى.',
  empty: 'اكتب شيئًا أولًا.',
  tooLong: 'الورقة طويلة جدًا. الحد الأقصى {n} حرفًا.',
  tooFast: 'أنت ترسل بسرعة كبيرة. انتظر لحظة من فضلك.',
  failed: 'لم ينجح ذلك. حاول مرة أخرى.',
  notesClosed: 'لا يمكن إرسال الأوراق الآن. نصّك محفوظ.',
  offline: 'لا يوجد اتصال بالحاسوب. هل أنت على شبكة الواي فاي نفسها؟',
  waitStart: 'انتظر قليلًا – لم يبدأ الاجتماع بعد.',
  waitPhase: 'لا نكتب على الهاتف الآن. استمع وتحدّث مع المجموعة.',
  voteTitle: 'صوّت بنقاطك',
  dotsLeft: 'النقاط المتبقية: {n} من {total}',
  addDot: 'أضف نقطة إلى',
  removeDot: 'احذف نقطة من',
  yourDots: 'نقاطك: {n}',
  allUsed: 'وزّعت كل نقاطك. احذف نقطة إذا أردت نقلها.',
  maxPerItem: 'الحد الأقصى {n} نقاط على الشيء نفسه.',
  voteClosed: 'انتهى التصويت. شكرًا!',
  nothingToVote: 'لا يوجد شيء للتصويت عليه بعد.'
}

const so: PhoneStrings = {
  language: 'Luqadda',
  joinTitle: 'Qor koodka ka muuqda shaashadda',
  joinCodeLabel: 'Koodh',
  joinButton: 'Ku biir',
  joinWrong: 'Koodku sax ma aha. Eeg shaashadda oo mar kale isku day.',
  joinLocked: 'Isku day badan. Sug dhowr daqiiqo, kadib mar kale isku day.',
  anonymous: 'Lama garanayo cidda aad tahay. Magacaaga lama kaydiyo.',
  questionLabel: "Su'aasha hadda",
  noteLabel: 'Qoraalkaaga',
  notePlaceholder: 'Halkan ku qor …',
  charsLeft: '{n} xaraf ayaa haray',
  send: 'Dir',
  sending: 'Waa la dirayaa …',
  received: 'Mahadsanid! Qoraalkaagii wuu gaaray.',
  writeMore: 'Waxaad diri kartaa qoraallo kale.',
  empty: 'Marka hore wax qor.',
  tooLong: 'Qoraalku aad buu u dheer yahay. Ugu badnaan {n} xaraf.',
  tooFast: 'Aad ayaad u dhaqso u diraysaa. Fadlan wax yar sug.',
  failed: 'Ma shaqayn. Fadlan mar kale isku day.',
  notesClosed: 'Hadda qoraal lama diri karo. Qoraalkaagu wuu kaydsan yahay.',
  offline: 'Xiriir lama laha kombiyuutarka. Ma ku jirtaa isla Wi-Fi-ga?',
  waitStart: 'Fadlan sug – kulanku weli ma bilaaban.',
  waitPhase: 'Hadda telefoonka wax kuma qorayno. Dhageyso oo la hadal kooxda.',
  voteTitle: 'Ku codee dhibcahaaga',
  dotsLeft: 'Dhibcaha haray: {n} ka mid ah {total}',
  addDot: 'Dhibic ku dar',
  removeDot: 'Dhibic ka qaad',
  yourDots: 'Dhibcahaaga: {n}',
  allUsed: 'Dhammaan dhibcahaagii waad dhigtay. Mid ka qaad haddii aad rabto inaad u wareejiso.',
  maxPerItem: 'Ugu badnaan {n} dhibcood hal shay.',
  voteClosed: 'Codbixintu way dhammaatay. Mahadsanid!',
  nothingToVote: 'Weli wax la codeeyo ma jiraan.'
}

const fi: PhoneStrings = {
  language: 'Kieli',
  joinTitle: 'Kirjoita näytöllä näkyvä koodi',
  joinCodeLabel: 'Koodi',
  joinButton: 'Liity',
  joinWrong: 'Koodi ei ole oikein. Katso näyttöä ja yritä uudelleen.',
  joinLocked: 'Liian monta yritystä. Odota muutama minuutti ja yritä uudelleen.',
  anonymous: 'Olet nimetön. Nimeäsi ei tallenneta.',
  questionLabel: 'Kysymys nyt',
  noteLabel: 'Lappusi',
  notePlaceholder: 'Kirjoita tähän …',
  charsLeft: '{n} merkkiä jäljellä',
  send: 'Lähetä',
  sending: 'Lähetetään …',
  received: 'Kiitos! Lappusi on perillä.',
  writeMore: 'Voit lähettää lisää lappuja.',
  empty: 'Kirjoita ensin jotain.',
  tooLong: 'Lappu on liian pitkä. Enintään {n} merkkiä.',
  tooFast: 'Lähetät todella nopeasti. Odota hetki.',
  failed: 'Se ei onnistunut. Yritä uudelleen.',
  notesClosed: 'Lappuja ei voi lähettää juuri nyt. Tekstisi on tallessa.',
  offline: 'Ei yhteyttä tietokoneeseen. Oletko samassa wifi-verkossa?',
  waitStart: 'Odota hetki – tapaaminen ei ole vielä alkanut.',
  waitPhase: 'Nyt emme kirjoita puhelimella. Kuuntele ja keskustele ryhmän kanssa.',
  voteTitle: 'Äänestä pisteilläsi',
  dotsLeft: 'Pisteitä jäljellä: {n}/{total}',
  addDot: 'Lisää piste kohtaan',
  removeDot: 'Poista piste kohdasta',
  yourDots: 'Pisteesi: {n}',
  allUsed: 'Kaikki pisteesi on annettu. Poista yksi, jos haluat siirtää sen.',
  maxPerItem: 'Enintään {n} pistettä samaan kohtaan.',
  voteClosed: 'Äänestys on päättynyt. Kiitos!',
  nothingToVote: 'Vielä ei ole mitään äänestettävää.'
}

const ti: PhoneStrings = {
  language: 'ቋንቋ',
  joinTitle: 'ኣብ ስክሪን ዝረኣ ኮድ ጽሓፍ',
  joinCodeLabel: 'ኮድ',
  joinButton: 'ተጸንበር',
  joinWrong: 'እቲ ኮድ ቅኑዕ ኣይኮነን። ንስክሪን ርኣይ እሞ ደጊምካ ፈትን።',
  joinLocked: 'ብዙሕ ፈተነ። ቁሩብ ደቓይቕ ተጸበ እሞ ደጊምካ ፈትን።',
  anonymous: 'መን ምዃንካ ኣይፍለጥን። ስምካ ኣይዕቀብን።',
  questionLabel: 'ሕቶ ሕጂ',
  noteLabel: 'ጽሑፍካ',
  notePlaceholder: 'ኣብዚ ጽሓፍ …',
  charsLeft: '{n} ፊደላት ተሪፉ',
  send: 'ስደድ',
  sending: 'ይለኣኽ ኣሎ …',
  received: 'የቐንየለይ! ጽሑፍካ በጺሑ።',
  writeMore: 'ተወሳኺ ጽሑፋት ክትሰድድ ትኽእል ኢኻ።',
  empty: 'መጀመርታ ገለ ጽሓፍ።',
  tooLong: 'እቲ ጽሑፍ ነዊሕ ኢዩ። ዝለዓለ {n} ፊደላት።',
  tooFast: 'ብጣዕሚ ቀልጢፍካ ትሰድድ ኣለኻ። በጃኻ ቁሩብ ተጸበ።',
  failed: 'ኣይሰለጠን። በጃኻ ደጊምካ ፈትን።',
  notesClosed: 'ሕጂ ጽሑፍ ክለኣኽ ኣይክእልን። ጽሑፍካ ተዓቂቡ ኣሎ።',
  offline: 'ምስ ኮምፒተር ርክብ የለን። ኣብ ሓደ ዋይፋይ ዲኻ ዘለኻ?',
  waitStart: 'በጃኻ ተጸበ – እቲ ኣኼባ ገና ኣይጀመረን።',
  waitPhase: 'ሕጂ ብተሌፎን ኣይንጽሕፍን ኢና። ስምዕ እሞ ምስ ጉጅለ ተዘራረብ።',
  voteTitle: 'ብነጥብታትካ ድመጽ',
  dotsLeft: 'ዝተረፈ ነጥብታት: {n} ካብ {total}',
  addDot: 'ነጥቢ ወስኽ ኣብ',
  removeDot: 'ነጥቢ ኣውጽእ ካብ',
  yourDots: 'ነጥብታትካ: {n}',
  allUsed: 'ኩሉ ነጥብታትካ ሂብካ። ከተግዕዞ እንተደሊኻ ሓደ ኣውጽእ።',
  maxPerItem: 'ኣብ ሓደ ነገር ዝለዓለ {n} ነጥብታት።',
  voteClosed: 'ድምጺ ምሃብ ተወዲኡ። የቐንየልና!',
  nothingToVote: 'ገና ዝድመጸሉ ነገር የለን።'
}

export const PHONE_STRINGS: Record<PhoneLanguage, PhoneStrings> = { sv, en, ar, so, fi, ti }

/** Languages whose strings have not yet been checked by a native speaker (docs/translations.md). */
export const UNREVIEWED_PHONE_LANGUAGES: readonly PhoneLanguage[] = ['ar', 'so', 'fi', 'ti']

export function isPhoneLanguage(code: unknown): code is PhoneLanguage {
  return typeof code === 'string' && PHONE_LANGUAGES.some((l) => l.code === code)
}

export function phoneDirection(lang: PhoneLanguage): 'ltr' | 'rtl' {
  return PHONE_LANGUAGES.find((l) => l.code === lang)?.dir ?? 'ltr'
}

/** One string with its {placeholders} filled in. */
export function phoneText(lang: PhoneLanguage, key: PhoneStringKey, vars: Record<string, string | number> = {}): string {
  const template = PHONE_STRINGS[lang][key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/**
 * The first of the browser's languages we have ("ar-SE" → ar; "nb" → none), else Swedish: the
 * phone starts in the resident's own language when it can, and they can always switch.
 */
export function pickPhoneLanguage(preferred: readonly string[]): PhoneLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isPhoneLanguage(base)) return base
  }
  return DEFAULT_PHONE_LANGUAGE
}
