import { LINEAGE_PARTICLES } from './lineage.js';
import { fold } from '../../text/fold.js';
import { KNOWN_PEOPLE, type KnownPerson, type Office, type OfficeTerm } from './data/known-people.js';
import { CODE_REMAP } from '../countries/news-names.js';

/** Lookups into the gazetteer of well-known office holders, built once on first use. */
interface KnownPeopleIndex {
  byFullName: Map<string, KnownPerson[]>;
  bySurname: Map<string, KnownPerson[]>;
  byGiven: Map<string, KnownPerson[]>;
  /** Family names of several words, written as one ("amirabdollahian" for Amir-Abdollahian). */
  byJoinedSurname: Map<string, KnownPerson[]>;
}

let index: KnownPeopleIndex | undefined;

function push(map: Map<string, KnownPerson[]>, key: string, person: KnownPerson): void {
  if (!key) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(person)) list.push(person);
  } else map.set(key, [person]);
}

/** Folds a multi-word name to a lookup key: "Recep Tayyip Erdoğan" → "recep tayyip erdogan". */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[-'.]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function build(): KnownPeopleIndex {
  const idx: KnownPeopleIndex = { byFullName: new Map(), bySurname: new Map(), byGiven: new Map(), byJoinedSurname: new Map() };
  for (const listed of KNOWN_PEOPLE) {
    // the dataset's codes, as the country gazetteer maps them (Kosovo "UNK" → "XKX")
    const remapped = listed.country ? CODE_REMAP[listed.country] : undefined;
    const person = remapped ? { ...listed, country: remapped } : listed;
    push(idx.byFullName, nameKey(person.name), person);
    for (const alias of person.aliases ?? []) {
      const key = nameKey(alias);
      if (key.includes(' ')) push(idx.byFullName, key, person);
      else if (!person.fullNameOnly) push(idx.bySurname, key, person);
    }
    // (someone known by the full name only is no entry for a family or given name alone)
    if (person.fullNameOnly) continue;
    const parts = nameKey(person.name).split(' ');
    push(idx.bySurname, nameKey(person.surname), person);
    // (the end of a hyphenated given name after a family name is no name: "Kang Song-san" is no "San")
    const last = parts[parts.length - 1];
    const hyphenatedGiven = parts[0] === nameKey(person.surname) && (person.name.split(/\s+/).pop() ?? '').includes('-');
    if (last && !hyphenatedGiven) push(idx.bySurname, last, person);
    if (nameKey(person.surname).includes(' ')) push(idx.byJoinedSurname, nameKey(person.surname).replace(/ /g, ''), person);
    const given = person.given ? nameKey(person.given).split(' ')[0] : parts[0] !== nameKey(person.surname) ? parts[0] : undefined;
    if (given) push(idx.byGiven, given, person);
  }
  return idx;
}

function known(): KnownPeopleIndex {
  index ??= build();
  return index;
}

/** Whether the person held any of their listed offices in `year` (any year when `year` is null). */
export function inOffice(person: KnownPerson, year: number | null): boolean {
  if (year === null) return true;
  return person.terms.some((t) => t.from <= year && (t.to ?? 9999) >= year);
}

/** Whether a term is one of a head of state or of government. */
export function leaderTerm(t: OfficeTerm): boolean {
  return t.office === 'head_of_state' || t.office === 'head_of_government';
}

/** Whether the person held office within `slack` years of `year`. */
function nearOffice(person: KnownPerson, year: number | null, slack: number): boolean {
  if (year === null) return true;
  return person.terms.some((t) => t.from - slack <= year && (t.to ?? 9999) + slack >= year);
}

/** Roles of national offices, for an international official seen in a year they held one. */
const OFFICE_ROLES: Partial<Record<Office, string>> = { head_of_government: 'prime minister', head_of_state: 'president', foreign_minister: 'foreign minister', defence_minister: 'defence minister' };

/**
 * The person as a text of `year` knows them: an official of an international organisation seen in
 * a year of a national term, and of no international one, acts for that country in that office
 * ("Foreign Minister Amr Moussa" in 1996, "Prime Minister Mark Rutte" in 2015).
 */
function asOf(p: KnownPerson, year: number | null): KnownPerson {
  if (p.country !== null || !p.nationalCountry || year === null) return p;
  const held = (t: OfficeTerm): boolean => t.from <= year && (t.to ?? 9999) >= year;
  if (p.terms.some((t) => (t.office === 'other' || t.office === 'envoy') && held(t))) return p;
  const national = p.terms.find((t) => t.office !== 'other' && t.office !== 'envoy' && held(t));
  return national ? { ...p, country: p.nationalCountry, role: OFFICE_ROLES[national.office] ?? p.role } : p;
}

function pick(listed: KnownPerson[] | undefined, year: number | null, country?: string, role?: string): KnownPerson | undefined {
  if (!listed?.length) return undefined;
  const candidates = listed.map((p) => asOf(p, year));
  let fits = candidates.filter((p) => !country || p.country === country);
  // "Pope Francis", "King Charles": the title picks among people of the same name
  if (role && fits.length > 1) {
    const byRole = fits.filter((p) => p.role.includes(role) || role.includes(p.role));
    if (byRole.length) fits = byRole;
  }
  // "Crown Prince Abdullah" in 2003 is the heir, not the king of that name who reigned then
  const royal = role ? ROYAL_TITLE_FITS[role] : undefined;
  if (royal && year !== null && fits.length > 1) {
    const byTitle = fits.filter((p) => royal(reigningIn(p, year), p));
    if (byTitle.length) fits = byTitle;
  }
  for (const slack of [0, 2, 50]) {
    // (an office holder of past decades is known only near the years of the office)
    const found = fits.filter((p) => nearOffice(p, year, p.fullNameOnly ? Math.min(slack, 2) : slack));
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      // "Kim" in 2018: of several namesakes in office, a sole head of state or government is meant
      const leaders = found.filter((p) => p.terms.some((t) => leaderTerm(t) && (year === null || (t.from - slack <= year && (t.to ?? 9999) + slack >= year))));
      return leaders.length === 1 ? leaders[0] : undefined; // otherwise ambiguous: say nothing rather than guess
    }
  }
  return undefined;
}

/** The known person whose full name or alias is exactly `name` ("Hassan Rohani", "Lula"). */
export function knownByFullName(name: string, year: number | null): KnownPerson | undefined {
  return pick(known().byFullName.get(nameKey(name)), year);
}

/**
 * The known person called `tokens` in the text: the full name, or a longer/shorter form of it
 * that keeps the family name ("Abiy Ahmed Ali" → Abiy Ahmed; "Hollande" → François Hollande).
 */
export function knownByName(tokens: string[], year: number | null, country?: string, role?: string): KnownPerson | undefined {
  const full = pick(known().byFullName.get(nameKey(tokens.join(' '))), year, country, role);
  if (full) return full;
  const keys = tokens.map((t) => nameKey(t)).filter(Boolean);
  // consecutive tokens that form a known full name, longest first ("Abiy Ahmed" inside "Abiy Ahmed
  // Ali", a three-word name followed by a longer lineage: "A bin B bin C al D")
  for (let size = Math.min(4, keys.length - 1); size >= 2; size--) {
    for (let i = 0; i + size <= keys.length; i++) {
      const hit = pick(known().byFullName.get(keys.slice(i, i + size).join(' ')), year, country);
      if (hit) return hit;
    }
  }
  const variant = nameVariants(keys).map((v) => pick(known().byFullName.get(v), year, country, role)).find(Boolean);
  if (variant) return variant;
  const last = keys[keys.length - 1];
  if (!last) return undefined;
  const bySurname = known().bySurname.get(last) ?? (keys.length > 1 ? misspelt(keys[0] ?? '', last) : known().byJoinedSurname.get(last));
  if (keys.length === 1) return pick(bySurname, year, country, role);
  // several tokens: the surname must match and the given name must not contradict
  const first = keys[0] ?? '';
  const fitting = bySurname?.filter((p) => nameKey(p.name).split(' ').includes(first) || (p.aliases ?? []).some((a) => nameKey(a).split(' ').includes(first)));
  return pick(fitting, year, country);
}

/** A name's Arabic particles as the gazetteer spells them: "ibn" as "bin", "abdul aziz" joined as "abdulaziz". */
export function arabicSpelling(keys: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? '';
    if (k === 'ibn') out.push('bin');
    else if ((k === 'abdul' || k === 'abdel' || k === 'abd') && keys[i + 1]) out.push(`${k}${keys[++i]}`);
    else out.push(k);
  }
  return out.join(' ');
}

/**
 * Other spellings of a name of several words that may be how the gazetteer lists it: the name
 * without its patronymics, with the article joined or not ("Badr bin Hamad Al Busaidi" → "badr al
 * busaidi", "badr albusaidi"), and two words in the other order, as family-name-first traditions
 * write them ("Khurelsukh Ukhnaa" for Ukhnaa Khurelsukh, "Kishida Fumio").
 */
function nameVariants(keys: readonly string[]): string[] {
  // "Abdullah Ibn Abdul Aziz" is how some agencies write "Abdullah bin Abdulaziz"
  const arabic = arabicSpelling(keys);
  if (arabic !== keys.join(' ')) return [arabic, ...nameVariants(arabic.split(' '))];
  const variants: string[] = [];
  const short = keys.filter((k, i) => !LINEAGE_PARTICLES.has(k) && !LINEAGE_PARTICLES.has(keys[i - 1] ?? ''));
  if (short.length >= 2 && short.length < keys.length) {
    variants.push(short.join(' '), short.join(' ').replace(/\bal (?=\S)/g, 'al'));
  }
  if (keys.length === 2) variants.push(`${keys[1]} ${keys[0]}`);
  return variants;
}

/**
 * The known office holder with this given name and country in office at `year` ("Russian President
 * Vladimir"); with no country, a royal title alone may tell which one, when only one fits it that
 * year ("Crown Prince Abdullah" in 2003: the heir, not the reigning king of that name).
 */
export function knownByGivenName(given: string, year: number | null, country?: string, role?: string): KnownPerson | undefined {
  const inOfficeThen = known().byGiven.get(nameKey(given))?.filter((p) => inOffice(p, year));
  if (country) return pick(inOfficeThen, year, country);
  if (year === null || !role || !inOfficeThen) return undefined;
  const fits = ROYAL_TITLE_FITS[role];
  const found = fits ? inOfficeThen.filter((p) => p.country !== null && fits(reigningIn(p, year), p)) : [];
  return found.length === 1 ? found[0] : undefined;
}

/** Whether the person reigned as monarch in `year`. */
function reigningIn(p: KnownPerson, year: number): boolean {
  return p.terms.some((t) => t.office === 'monarch' && t.from <= year && (t.to ?? 9999) >= year);
}

/** Roles of royals, who may be an heir before they reign. */
const ROYAL_ROLE = /\b(?:king|queen|prince|princess|emir|amir|sultan|monarch)\b/;

/** The Gulf monarchies, whose royals news calls "Sheikh" with a given name alone ("Sheikh Tamim", "Sheikh Mohamed"). */
const SHEIKHDOMS: ReadonlySet<string> = new Set(['ARE', 'QAT', 'KWT', 'BHR']);

/** Royal titles that say which of the known namesakes in office is meant: a reigning monarch, an heir, or a sheikh of a Gulf state. */
const ROYAL_TITLE_FITS: Readonly<Record<string, (reigning: boolean, p: KnownPerson) => boolean>> = {
  'crown prince': (reigning, p) => !reigning && ROYAL_ROLE.test(p.role),
  king: (reigning) => reigning,
  emir: (reigning) => reigning,
  amir: (reigning) => reigning,
  sultan: (reigning) => reigning,
  sheikh: (_reigning, p) => SHEIKHDOMS.has(p.country ?? ''),
};

/** Whether the folded word is the family name of some well-known office holder. */
export function isKnownSurname(word: string): boolean {
  return known().bySurname.has(nameKey(word));
}

/** People with this given name whose family name is one letter off ("Francois Mitterand" for François Mitterrand). */
function misspelt(given: string, surname: string): KnownPerson[] | undefined {
  if (surname.length < 6) return undefined;
  const found = (known().byGiven.get(given) ?? []).filter((p) => oneLetterOff(nameKey(p.surname), surname));
  return found.length ? found : undefined;
}

function oneLetterOff(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
