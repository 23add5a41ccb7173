/**
 * Stemmers by name, from @orama/stemmers (Snowball, no dependencies): a language file names its
 * stemmer, so a language is data plus a stemmer name.
 */
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';

const stemmers = { english, german, spanish, portuguese, french, italian, dutch } as const;

/** The stemmers a language file may name. */
export const stemmerNames = Object.keys(stemmers) as [keyof typeof stemmers, ...(keyof typeof stemmers)[]];

/** The stemming function called `name`. */
export function stemmerFor(name: keyof typeof stemmers): (word: string) => string {
  return stemmers[name];
}

/** What a language says about stemming: its stemmer, its own stems, the letters to undouble. */
export interface StemmingData {
  stemmer: keyof typeof stemmers;
  stems: Record<string, string>;
  undouble: string;
}

/** The stem of a folded word in a language: its own stem if it lists one, else the stemmer's, undoubled. */
export function languageStemmer(data: StemmingData): (word: string) => string {
  const stemmer = stemmerFor(data.stemmer);
  const undouble = data.undouble ? new RegExp(`([${data.undouble}])\\1$`) : undefined;
  return (word) => {
    const stem = Object.hasOwn(data.stems, word) ? data.stems[word] as string : stemmer(word);
    return undouble ? stem.replace(undouble, '$1') : stem;
  };
}
