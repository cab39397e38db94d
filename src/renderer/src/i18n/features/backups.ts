import { defineStrings } from './index.ts'

// Backups and files that cannot be opened. Read by someone whose workshop has just failed to
// open, perhaps minutes before a meeting: say what happened, that a copy exists, and exactly what
// restoring does to which file. Nothing is ever deleted, and the text says so.
const sv = {
  command: 'Säkerhetskopior',
  button: 'Säkerhetskopior',
  problem: {
    damaged: 'Filen är skadad och går inte att öppna.',
    notWorkshop: 'Filen är inte en workshop från Medskapa.',
    newer: 'Filen är sparad av en nyare version av Medskapa. Uppdatera Medskapa för att öppna den.',
    missing: 'Filen finns inte längre där den låg. Kanske är USB-minnet utdraget eller filen flyttad.'
  },
  offer: {
    found: 'Medskapa har en säkerhetskopia av filen från {{when}}.',
    none: 'Det finns ingen säkerhetskopia av filen.',
    restore: 'Återställ säkerhetskopian från {{when}}',
    restoring: 'Återställer …',
    hintReplace: 'Säkerhetskopian läggs där filen låg. Den skadade filen flyttas undan och sparas med ”.damaged” i namnet. Ingenting tas bort.',
    hintMissing: 'Säkerhetskopian läggs där filen låg, eller i datamappen om mappen inte finns kvar.',
    hintBeside: 'Säkerhetskopian öppnas som en ny fil bredvid. Filen från den nyare versionen ändras inte.',
    failed: 'Det gick inte att återställa säkerhetskopian.',
    done: 'Säkerhetskopian från {{when}} är återställd.',
    doneMovedAside: 'Säkerhetskopian från {{when}} är återställd. Den skadade filen sparades som {{file}}.'
  },
  dialog: {
    title: 'Säkerhetskopior',
    close: 'Stäng',
    intro:
      'Medskapa kopierar workshoppen automatiskt när den öppnas, var tionde minut medan den ändras och när den stängs. De tio senaste kopiorna sparas i datamappen på den här datorn, inte bredvid filen.',
    folder: 'Mapp: {{path}}',
    loading: 'Läser in …',
    loadFailed: 'Det gick inte att läsa säkerhetskopiorna.',
    retry: 'Försök igen',
    empty: 'Det finns inga säkerhetskopior av den här workshoppen än.',
    listLabel: 'Säkerhetskopior, nyast först',
    newest: 'Nyast',
    size: '{{size}} kB',
    restore: 'Öppna som ny fil',
    restoreLabel: 'Öppna som ny fil: säkerhetskopian från {{when}}',
    restoreHint: 'En säkerhetskopia öppnas som en ny fil bredvid den här. Den här workshoppen ändras inte.',
    restored: 'Säkerhetskopian från {{when}} öppnades som en ny fil: {{file}}.',
    backUpNow: 'Säkerhetskopiera nu',
    backingUp: 'Säkerhetskopierar …',
    created: 'En säkerhetskopia är sparad.',
    unchanged: 'Inget har ändrats sedan den senaste säkerhetskopian.',
    lastError: 'Den senaste automatiska säkerhetskopian misslyckades.'
  }
}

export const backups = defineStrings(sv, {
  command: 'Backups',
  button: 'Backups',
  problem: {
    damaged: 'The file is damaged and cannot be opened.',
    notWorkshop: 'The file is not a Medskapa workshop.',
    newer: 'The file was saved by a newer version of Medskapa. Update Medskapa to open it.',
    missing: 'The file is no longer where it was. The USB stick may have been pulled out, or the file moved.'
  },
  offer: {
    found: 'Medskapa has a backup of the file from {{when}}.',
    none: 'There is no backup of the file.',
    restore: 'Restore the backup from {{when}}',
    restoring: 'Restoring …',
    hintReplace: 'The backup is put where the file was. The damaged file is moved aside and kept with “.damaged” in its name. Nothing is deleted.',
    hintMissing: 'The backup is put where the file was, or in the data folder if that folder is gone.',
    hintBeside: 'The backup opens as a new file next to it. The file from the newer version is not changed.',
    failed: 'The backup could not be restored.',
    done: 'The backup from {{when}} has been restored.',
    doneMovedAside: 'The backup from {{when}} has been restored. The damaged file was kept as {{file}}.'
  },
  dialog: {
    title: 'Backups',
    close: 'Close',
    intro:
      'Medskapa copies the workshop automatically when it is opened, every ten minutes while it changes, and when it is closed. The ten newest copies are kept in the data folder on this computer, not next to the file.',
    folder: 'Folder: {{path}}',
    loading: 'Loading …',
    loadFailed: 'The backups could not be read.',
    retry: 'Try again',
    empty: 'There are no backups of this workshop yet.',
    listLabel: 'Backups, newest first',
    newest: 'Newest',
    size: '{{size}} kB',
    restore: 'Open as a new file',
    restoreLabel: 'Open as a new file: the backup from {{when}}',
    restoreHint: 'A backup opens as a new file next to this one. This workshop is not changed.',
    restored: 'The backup from {{when}} was opened as a new file: {{file}}.',
    backUpNow: 'Back up now',
    backingUp: 'Backing up …',
    created: 'A backup has been saved.',
    unchanged: 'Nothing has changed since the latest backup.',
    lastError: 'The latest automatic backup failed.'
  }
})
