import type { EventContext } from './context.js';
import type { TriggerHit } from './find-triggers.js';
import { BE_FORMS, EARLIER_DEED_WORDS, PLACE_PREPOSITIONS, SEAT_CITIES, SIDELINE_WORDS } from './lexicon.js';
import { wordBetween } from './phrase-at.js';
import { SETTLEMENT_NOUNS, VENUE_HEADS } from '../lexicon/places.js';
import { cityCountry, placeCountry } from '../entities/countries/index.js';
import { GATHERING_VERBS, JOURNEY_NOUNS, TRAVEL_VERBS } from '../lexicon/travel.js';
import { TITLE_WORDS } from '../entities/people/titles.js';
import { capitalOf } from './capital-of.js';
import { closingBracket } from './aside.js';
import { fold } from '../text/fold.js';

/** Nouns of whose idea a contact was ("at the initiative of", "at the invitation of"): no place. */
const BEHEST_NOUNS: ReadonlySet<string> = new Set(['initiative', 'invitation', 'request', 'behest', 'suggestion', 'urging']);

/** Offices accredited "to" a country ("the Ambassador of Japan to Nigeria"): that "to" names no destination. */
const ACCREDITED: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'representative', 'commissioner', 'consul', 'emissary', 'nuncio', 'chargé', 'charge']);

/** Whether the "to" at `i` ends an envoy's title ("received the Ambassador of Japan to Nigeria"). */
function envoyTo(ctx: EventContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (ACCREDITED.has(ctx.folded[k] ?? '')) return true;
    if (!(ctx.facts.country[k] || ctx.folded[k] === 'of' || ctx.folded[k] === 'the' || /^\p{Lu}/u.test(ctx.texts[k] ?? '')) || ctx.personAt[k]) return false;
  }
  return false;
}

/** How many more words the reach gets past "the sidelines of". */
const SIDELINE_ALLOWANCE = 5;

/** Settlement nouns that "on" may place ("on the resort island of Bali"; "talks on the state of …" is a topic). */
const ISLAND_NOUNS: ReadonlySet<string> = new Set(['island', 'islands', 'atoll', 'resort']);

/** Words after which a place no longer belongs to the trigger ("focusing on the war in Ukraine"). */
const PLACE_STOPS = new Set(['as', 'including', 'about', 'regarding', 'concerning', 'discuss', 'discussed', 'discussing', 'amid', 'against', 'that', 'which', 'who', 'since', 'when', 'because', 'while', 'said', 'told', ';', '--', '—', '–']);

/** Where a mention says its event takes place. */
export interface Place {
  /** The place as named ("Budapest", "Oval Office, Washington", "State House, Nairobi"). */
  name: string;
  /** ISO alpha-3 code of its country, when known. */
  country?: string;
  /** A country as a whole rather than a place in it ("in Indonesia"): a city named elsewhere is more precise. */
  wholeCountry: boolean;
}

/**
 * Reads the place of a trigger: "in Budapest", "at the Oval Office", "at the border village of
 * Panmunjom", "visit to Colombia", "the Colombian capital", or a premodifier ("Budapest summit",
 * "Oval Office meeting"). Seats of government keep their city ("Kremlin, Moscow"). A journey's
 * destination is looked for before the trigger, or before the light verb its frame read (`verb`).
 */
export function readPlace(ctx: EventContext, hit: TriggerHit, from: number, to: number, objectEnd = hit.end, verb = hit.first): Place | undefined {
  const near = Math.min(to, searchEnd(ctx, Math.max(hit.end, objectEnd)));
  // "visited Tehran", "to visit Riyadh": the place visited
  if (hit.entry.role === 'visit') {
    const k = ctx.folded[hit.end] === 'the' ? hit.end + 1 : hit.end;
    if (ctx.facts.countryKind[k] === 'demonym' && ctx.folded[k + 1] === 'capital') return placeAfter(ctx, k, to);
    const visited = placeNamedAt(ctx, hit.end, to);
    if (visited) return visited;
  }
  const found = readPlaceAfter(ctx, hit, from, near) ?? whereClausePlace(ctx, hit.first);
  if (found) return found;
  // "the visit of the Prime Minister of India, X, to Dhaka": the destination after the visitor
  const destination = hit.entry.role === 'visit' ? destinationAfter(ctx, hit.end, near) : undefined;
  if (destination) return destination;
  const sentenceStart = ctx.doc.sentences[hit.sentence]?.firstToken ?? 0;
  return travelledTo(ctx, hit.first, Math.max(sentenceStart, Math.min(hit.first, verb) - 12)) ?? openingPlace(ctx, hit.first);
}


/** How many tokens after the trigger (and its object) a place is looked for. */
const PLACE_REACH = 12;

/** At most this many words of venues' names lengthen the reach. */
const MAX_VENUE_WORDS = 6;

/**
 * Where the search for a place after the trigger ends: {@link PLACE_REACH} tokens on, and further
 * by the capitalised words of venues' names on the way ("met in St Mark's Basilica on the
 * sidelines of the ceremony in Venice"), which may be the place's own name or lead to its town.
 */
function searchEnd(ctx: EventContext, from: number): number {
  let end = from + PLACE_REACH;
  let venueWords = 0;
  for (let i = from; i < end && venueWords < MAX_VENUE_WORDS; i++) {
    // an aside in brackets does not count ("the president of X (also known as Y), Z, at …")
    const close = closingBracket(ctx, i);
    if (close > i) [end, i] = [end + close - i + 1, close];
    // "on the margins of the late pontiff's funeral service in Rome": the occasion's words do not count
    else if (SIDELINE_WORDS.has(ctx.folded[i] ?? '')) end += SIDELINE_ALLOWANCE;
    else if (/^\p{Lu}/u.test(ctx.texts[i] ?? '') && !ctx.personAt[i] && !ctx.facts.country[i] && !ctx.facts.place[i]) {
      venueWords++;
      end++;
    }
  }
  return end;
}

/**
 * "The tour began on Monday in Jeddah, where Crown Prince X received Erdoğan", "takes him to Abu
 * Dhabi on Wednesday, where Y is to receive him": a contact in a "where" clause took place at the
 * place the clause follows (a date may stand between them).
 */
function whereClausePlace(ctx: EventContext, first: number): Place | undefined {
  const start = ctx.doc.sentences[ctx.doc.tokens[first]?.sentence ?? 0]?.firstToken ?? 0;
  let where = first - 1;
  while (where > start && ctx.folded[where] !== 'where' && ctx.pos[where] !== 'VERB') where--;
  if (ctx.folded[where] !== 'where' || ctx.folded[where - 1] !== ',') return undefined;
  let end = where - 1;
  // "to Abu Dhabi on Wednesday, where …": past the date to the place
  while (end > start && ctx.dateAt[end - 1] !== undefined) end--;
  if (['on', 'in', 'at', 'this', 'next', 'last'].includes(ctx.folded[end - 1] ?? '') && end < where - 1) end--;
  let k = end - 1;
  while (k > start && (ctx.facts.place[k - 1] || ctx.facts.country[k - 1])) k--;
  return k < end ? placeNamedAt(ctx, k, end) : undefined;
}

/** The place after the first "to" between `from` and `to` ("… of X, to Dhaka"), when one follows it. */
function destinationAfter(ctx: EventContext, from: number, to: number): Place | undefined {
  for (let i = from; i < to; i++) if (ctx.folded[i] === 'to') return placeNamedAt(ctx, i + 1, to);
  return undefined;
}

/** The country (not a demonym) or known city named at `i`, after an optional "the" ("visited the Philippines", "travelled to Rio de Janeiro"). */
function placeNamedAt(ctx: EventContext, i: number, to: number): Place | undefined {
  const k = ctx.folded[i] === 'the' ? i + 1 : i;
  if (ctx.facts.country[k] && ctx.facts.countryKind[k] !== 'demonym') return placeAt(ctx, k, to);
  return ctx.facts.place[k] ? knownPlace(ctx, k, to) : undefined;
}

/**
 * "is in Hiroshima for the G7 summit", "had been in Kigali to confer with", "was in Caracas as an
 * observer and saw": "be in" a place, then "for" the trigger's phrase, "to" its verb, or "and" the
 * trigger's own verb with no other verb between.
 */
function beingThereFor(ctx: EventContext, be: number, first: number): boolean {
  if (!BE_FORMS.has(ctx.folded[be] ?? '') || ctx.folded[be + 1] !== 'in') return false;
  for (let k = be + 2; k < first; k++) if (ctx.folded[k] === 'for' || (ctx.folded[k] === 'to' && ctx.pos[k + 1] === 'VERB')) return true;
  const and = ['also', 'then', 'later'].includes(ctx.folded[first - 1] ?? '') ? first - 2 : first - 1;
  if (ctx.folded[and] !== 'and' || ctx.pos[first] !== 'VERB') return false;
  for (let k = be + 2; k < and; k++) if (ctx.pos[k] === 'VERB' || ctx.pos[k] === 'AUX') return false;
  return true;
}

/** "Macron flew to Kyiv on Tuesday for talks with Zelenskiy", "Biden is in Hiroshima for the summit": the destination before the trigger. */
function travelledTo(ctx: EventContext, first: number, from: number): Place | undefined {
  for (let i = first - 1; i >= from; i--) {
    const w = ctx.folded[i] ?? '';
    if (!TRAVEL_VERBS.has(w) && !GATHERING_VERBS.has(w) && !beingThereFor(ctx, i, first)) continue;
    // "moving on to Brazzaville", "flew on to Hanoi", "stopping off in Warsaw"
    // ("flew in from Washington": "in" is the verb's particle and "from" the journey's start, no place of the contact)
    const at = ['on', 'off', 'over'].includes(ctx.folded[i + 1] ?? '') || (ctx.folded[i + 1] === 'in' && ['from', 'to'].includes(ctx.folded[i + 2] ?? '')) ? i + 2 : i + 1;
    const prep = ctx.folded[at] ?? '';
    // ("returned to Nairobi on Sunday after attending the summit": the contact came before the journey, elsewhere)
    if (prep === 'to' || prep === 'in') return wordBetween(ctx.folded, at, first, EARLIER_DEED_WORDS) ? undefined : placeAfter(ctx, at + 1, first);
  }
  return undefined;
}

/**
 * "In Athens, meanwhile, Obama met Tsipras", "On Friday, in Washington, Trump welcomed Abe", "On
 * June 12, at a resort hotel in Singapore, …", "During his trip to New York, …": a place in the
 * phrases that open the sentence, before its subject.
 */
function openingPlace(ctx: EventContext, first: number): Place | undefined {
  const s = ctx.doc.sentences[ctx.doc.tokens[first]?.sentence ?? 0];
  if (!s) return undefined;
  // "While in Warsaw, X will meet …": "while" before a place opens the sentence too
  const whileIn = ctx.folded[s.firstToken] === 'while' && ctx.folded[s.firstToken + 1] === 'in';
  const opener = whileIn || ctx.pos[s.firstToken] === 'ADP' || ctx.pos[s.firstToken] === 'ADV' || ctx.dateAt[s.firstToken] !== undefined;
  if (!opener) return undefined;
  let lastComma = -1;
  for (let i = first - 1; i > s.firstToken; i--) if (ctx.folded[i] === ',') [lastComma, i] = [i, s.firstToken];
  for (let i = s.firstToken; i < lastComma; i++) {
    if (ctx.personAt[i]) return undefined;
    // "During his trip to New York, X met …": the place a journey of the opening phrase goes to
    const journeyTo = ctx.folded[i] === 'to' && JOURNEY_NOUNS.has(ctx.folded[i - 1] ?? '');
    if (!PLACE_PREPOSITIONS.has(ctx.folded[i] ?? '') && !journeyTo) continue;
    const place = placeAfter(ctx, i + 1, lastComma);
    if (place) return place.wholeCountry ? (laterCity(ctx, i + 1, lastComma) ?? place) : place;
  }
  return undefined;
}

function readPlaceAfter(ctx: EventContext, hit: TriggerHit, from: number, to: number): Place | undefined {
  // premodifier: "a possible Budapest summit", "an Oval Office meeting"
  for (let i = hit.first - 1; i >= Math.max(from, hit.first - 3); i--) {
    const kind = ctx.facts.countryKind[i];
    if (kind === 'capital' || kind === 'metonym') {
      let startOf = i;
      while (startOf > from && ctx.facts.country[startOf - 1] === ctx.facts.country[i] && ctx.facts.countryKind[startOf - 1] === kind) startOf--;
      return placeAt(ctx, startOf, to);
    }
    if (ctx.personAt[i] || ['with', 'and'].includes(ctx.folded[i] ?? '')) break;
    // the noun phrase starts at its determiner; a verb or preposition ends it ("Moscow considers the summit")
    if (['DET', 'VERB', 'AUX', 'ADP', 'PRON'].includes(ctx.pos[i] ?? '')) break;
  }
  for (let i = hit.end; i < to; i++) {
    const close = closingBracket(ctx, i);
    if (close > i) {
      i = close;
      continue;
    }
    const w = ctx.folded[i] ?? '';
    // "met for about four hours in Geneva": "about" before an amount is no topic
    const aboutAmount = w === 'about' && /^(?:\d+|a|an|one|two|three|four|five|six|ten|twenty|half)$/.test(ctx.folded[i + 1] ?? '');
    // "the summit that opened in New Delhi", "talks, which were held in Geneva": the relative clause places it
    if ((w === 'that' || w === 'which') && relativePlaceVerb(ctx, i + 1)) continue;
    // "the summit, which opens in Rio de Janeiro on Monday", "the G20 summit, held in Argentina in December"
    if (w === ',' && ctx.folded[i + 1] === 'which' && relativePlaceVerb(ctx, i + 2)) continue;
    if (w === ',' && ctx.pos[i + 1] === 'VERB' && ctx.lemmas[i + 1] !== ctx.folded[i + 1] && !/ing$/.test(ctx.folded[i + 1] ?? '') && relativePlaceVerb(ctx, i + 1)) continue;
    if ((PLACE_STOPS.has(w) && !aboutAmount) || (w === ',' && !PLACE_PREPOSITIONS.has(ctx.folded[i + 1] ?? '') && !ctx.personAt[i + 1] && !ctx.facts.country[i + 1] && !titledNameAfter(ctx, i + 1))) break;
    // "on the resort island of Bali": "on" places only before a settlement noun
    if (w === 'on') {
      const island = settlementOf(ctx, i + 1, to, ISLAND_NOUNS);
      if (island) return island;
    }
    if (opensTopic(ctx, i)) break;
    if (ctx.doc.tokens[i]?.pos === 'VERB' && /ing$/.test(w)) break;
    const isVisitTo = w === 'to' && (hit.entry.role === 'visit' || hit.entry.role === 'host') && !envoyTo(ctx, i);
    if (!PLACE_PREPOSITIONS.has(w) && !isVisitTo) continue;
    // "a summit at which X spoke": a relative clause, not a place; "at the initiative of the USA": whose idea it was
    if (ctx.folded[i + 1] === 'which' || (ctx.folded[i + 1] === 'the' && BEHEST_NOUNS.has(ctx.folded[i + 2] ?? '') && ctx.folded[i + 3] === 'of')) continue;
    const place = placeAfter(ctx, i + 1, to);
    // "discussed prospects for a settlement in Afghanistan": a country after what was discussed is the topic's
    if (place?.wholeCountry && objectDiscussed(ctx, hit, i)) continue;
    if (place) {
      if (place.wholeCountry) {
        // "an official visit to Peru, in Lima": a city right after is more precise
        const more = laterCity(ctx, i + 1, to);
        if (more) return more;
      }
      return place;
    }
  }
  return undefined;
}

/** Triggers whose object is what was talked about ("discussed the war", "exchanged views on trade"). */
const TALKED_ABOUT: ReadonlySet<string> = new Set(['discuss.verb', 'exchange-views']);

/** Whether a common noun, what was talked about, stands between a trigger of talking and token `i`. */
function objectDiscussed(ctx: EventContext, hit: TriggerHit, i: number): boolean {
  if (!TALKED_ABOUT.has(hit.entry.id)) return false;
  for (let k = hit.end; k < i; k++) if (ctx.pos[k] === 'NOUN' && !ctx.personAt[k] && ctx.dateAt[k] === undefined) return true;
  return false;
}

/** How many title words may open an apposition before its name ("Deputy Prime Minister and Foreign Minister X"). */
const MAX_TITLE_WORDS = 8;

/** "met his host, Foreign Minister Penny Wong, in Canberra": a title opening at `i` and a person's name after it (an apposition the place may follow). */
function titledNameAfter(ctx: EventContext, i: number): boolean {
  let k = i;
  while (k < i + MAX_TITLE_WORDS && !ctx.personAt[k] && (TITLE_WORDS.has(ctx.folded[k] ?? '') || ctx.folded[k] === 'and' || ctx.folded[k] === 'of')) k++;
  return k > i && !!ctx.personAt[k];
}

/** Nouns after "on the" that place a contact rather than give its topic ("on the sidelines", "on the margins"). */
const ON_THE_EDGE: ReadonlySet<string> = new Set([
  ...SIDELINE_WORDS, 'side', 'occasion', 'eve', 'way', 'ground', 'phone', 'telephone', 'line',
  'visit', 'trip', 'tour', 'stopover', 'journey', 'flight', 'arrival', 'stage', 'board', 'camera', 'tarmac', 'steps', 'premises', 'grounds',
  'site', 'outskirts', 'border', 'coast', 'shores', 'banks', 'island', 'morning', 'afternoon', 'evening', 'night', 'day', 'weekend',
]);

/** "talks on the crisis in eastern Congo", "a call over the dispute in the Gulf": "on" or "over" and a common noun open the contact's topic. */
function opensTopic(ctx: EventContext, i: number): boolean {
  const w = ctx.folded[i] ?? '';
  if (w !== 'on' && w !== 'over') return false;
  const k = ['the', 'a', 'an', 'their', 'its'].includes(ctx.folded[i + 1] ?? '') ? i + 2 : i + 1;
  return ctx.pos[k] === 'NOUN' && ctx.dateAt[k] === undefined && !ON_THE_EDGE.has(ctx.folded[k] ?? '') && !ctx.facts.place[k] && !ctx.facts.country[k];
}

/** Verbs of a relative clause that say where its noun happens ("opened in", "was held in", "takes place in"). */
const PLACING_VERBS: ReadonlySet<string> = new Set(['open', 'hold', 'take', 'convene', 'begin', 'start', 'run', 'meet', 'gather', 'host']);

/** Whether a relative clause starting at `i` is a verb group of placing followed by a place preposition ("opened in", "was held at"). */
function relativePlaceVerb(ctx: EventContext, i: number): boolean {
  let k = i;
  while (k < i + 3 && ctx.pos[k] === 'AUX') k++;
  if (!PLACING_VERBS.has(ctx.lemmas[k] ?? '')) return false;
  if (ctx.folded[k + 1] === 'place') k++;
  return PLACE_PREPOSITIONS.has(ctx.folded[k + 1] ?? '');
}

function laterCity(ctx: EventContext, from: number, to: number): Place | undefined {
  for (let i = from; i < Math.min(to, from + 8); i++) {
    if (PLACE_PREPOSITIONS.has(ctx.folded[i] ?? '')) {
      const place = placeAfter(ctx, i + 1, to);
      if (place && !place.wholeCountry) return place;
    }
  }
  return undefined;
}

/** The place named after a preposition, skipping "the" and a few lower-case words ("the border truce village of"). */
function placeAfter(ctx: EventContext, i: number, to: number): Place | undefined {
  const settlement = settlementOf(ctx, i, to);
  if (settlement) return settlement;
  let j = i;
  let lower = 0;
  while (j < to && lower < 6) {
    const token = ctx.doc.tokens[j];
    if (!token) return undefined;
    if (ctx.personAt[j] || ctx.dateAt[j] !== undefined || ctx.facts.organisation[j]) return undefined;
    if (ctx.facts.country[j]) {
      // "the Colombian capital": the capital city of that country
      if (ctx.facts.countryKind[j] === 'demonym' && ctx.folded[j + 1] === 'capital') {
        const code = ctx.facts.country[j] as string;
        const city = capitalOf(code);
        return city ? { name: city, country: code, wholeCountry: false } : undefined;
      }
      if (ctx.facts.countryKind[j] === 'demonym') return undefined;
      return placeAt(ctx, j, to);
    }
    // "in Rio de Janeiro", "in Sharm el-Sheikh": a known place whose name has lower-case words
    if (ctx.facts.place[j] && !ctx.facts.place[j - 1]) return knownPlace(ctx, j, to);
    if (/^\p{Lu}/u.test(token.text)) {
      const run = capitalisedRun(ctx, j, to);
      if (!run) return undefined;
      return run;
    }
    // "at the presidential villa, Abuja"
    if (token.text === ',' && j > i && (ctx.facts.country[j + 1] || ctx.facts.place[j + 1])) {
      j++;
      continue;
    }
    if (!/^\p{Ll}/u.test(token.text)) return undefined;
    // "interest in trade with Nepal": a second preposition opens another phrase ("of" goes on: "in the city of Basra")
    if (j > i && ctx.pos[j] === 'ADP' && token.text !== 'of') return undefined;
    j++;
    lower++;
  }
  return undefined;
}

/**
 * "the southwestern Chinese city of Chengdu", "the Black Sea resort of Sochi": a settlement noun and
 * "of" within six words of the preposition name the place after them, known to the gazetteers or
 * not; its country is the gazetteer's, else the demonym before the noun.
 */
function settlementOf(ctx: EventContext, i: number, to: number, nouns: ReadonlySet<string> = SETTLEMENT_NOUNS): Place | undefined {
  let demonym: string | undefined;
  for (let j = ctx.folded[i] === 'the' ? i + 1 : i; j < Math.min(to, i + 7); j++) {
    if (ctx.personAt[j] || ctx.dateAt[j] !== undefined || !/^(?:[\p{L}-]+|'s|’s)$/u.test(ctx.texts[j] ?? '')) return undefined;
    if (ctx.facts.countryKind[j] === 'demonym') demonym = ctx.facts.country[j];
    if (!nouns.has(ctx.folded[j] ?? '') || ctx.folded[j + 1] !== 'of') continue;
    const at = j + 2;
    if (ctx.facts.country[at] && ctx.facts.countryKind[at] !== 'demonym') return placeAt(ctx, at, to);
    if (ctx.facts.place[at]) return knownPlace(ctx, at, to);
    let end = at;
    while (end < Math.min(to, at + 4) && /^\p{Lu}/u.test(ctx.texts[end] ?? '') && !ctx.personAt[end] && !ctx.facts.organisation[end] && ctx.dateAt[end] === undefined) end++;
    if (end === at) return undefined;
    const name = ctx.doc.text.slice(ctx.doc.tokens[at]?.start ?? 0, ctx.doc.tokens[end - 1]?.end ?? 0);
    const country = placeCountry(name) ?? cityCountry(name) ?? demonym;
    return { name, ...(country ? { country } : {}), wholeCountry: false };
  }
  return undefined;
}

/** A place whose first token is a country mention (capital, country name or seat of government). */
export function placeAt(ctx: EventContext, i: number, to: number): Place {
  const code = ctx.facts.country[i];
  const kind = ctx.facts.countryKind[i];
  let end = i;
  while (end < to && ctx.facts.country[end] === code && ctx.facts.countryKind[end] === kind) end++;
  // "the Kremlin", "the Philippines" lose their article; a capital keeps the one of its name ("The Hague")
  const keepsArticle = kind === 'capital';
  const start = ctx.folded[i] === 'the' && !keepsArticle ? i + 1 : i;
  const text = ctx.doc.text.slice(ctx.doc.tokens[start]?.start ?? 0, ctx.doc.tokens[end - 1]?.end ?? 0);
  const name = keepsArticle ? text.replace(/^the\s+/, 'The ') : text.replace(/^the\s+/i, '');
  if (kind === 'metonym') {
    const city = SEAT_CITIES.get(fold(name).replace(/^the\s+/, ''));
    return { name: city ? `${name}, ${city}` : name, ...(code ? { country: code } : {}), wholeCountry: false };
  }
  return { name, ...(code ? { country: code } : {}), wholeCountry: kind === 'name' };
}

/** "State House, Nairobi", "Panmunjom", "Florida": a capitalised place name, with a city after a comma. */
function capitalisedRun(ctx: EventContext, i: number, to: number): Place | undefined {
  let end = i;
  while (end < to && /^\p{Lu}/u.test(ctx.doc.tokens[end]?.text ?? '') && !ctx.personAt[end] && ctx.dateAt[end] === undefined && !ctx.facts.organisation[end]) {
    if (ctx.facts.country[end] && end > i) break;
    // "State House Entebbe": a known town closes the venue's name
    if (ctx.facts.place[end] && !ctx.facts.place[end - 1] && end > i) break;
    end++;
  }
  if (end === i) return undefined;
  const name = ctx.doc.text.slice(ctx.doc.tokens[i]?.start ?? 0, ctx.doc.tokens[end - 1]?.end ?? 0);
  if (ctx.facts.place[end] && !ctx.facts.place[end - 1]) {
    const town = knownPlace(ctx, end, to);
    if (town) return venueIn(name, town);
  }
  // "State House, Nairobi"
  if (ctx.folded[end] === ',' && ctx.facts.countryKind[end + 1] === 'capital') return venueIn(name, placeAt(ctx, end + 1, to));
  // "the Royal Palace in Madrid", "the Bellevue Palace, Berlin": a building in a known city
  const sep = ctx.folded[end];
  if ((sep === 'in' || sep === ',') && (ctx.facts.countryKind[end + 1] === 'capital' || ctx.facts.place[end + 1])) {
    const city = ctx.facts.countryKind[end + 1] === 'capital' ? placeAt(ctx, end + 1, to) : knownPlace(ctx, end + 1, to);
    if (city) return venueIn(name, city);
  }
  // a capitalised phrase is trusted as a place when the gazetteers know it ("Bogor", "Nagato")
  const country = placeCountry(name) ?? cityCountry(name);
  if (!country) return venueNamed(ctx, i, end, to);
  return { name, country, wholeCountry: false };
}

/** Words that make a seat's name generic: every capital has one ("State House", "the Presidential Palace", "Parliament House"). */
const GENERIC_SEAT_WORDS: ReadonlySet<string> = new Set(['state', 'government', 'presidential', 'national', 'royal', 'parliament', 'imperial', 'federal', 'prime', "minister's", 'official', 'conference', 'convention', 'peace', 'city', 'town']);

/**
 * "in the Great Hall of the People", "at Hyderabad House": a run of capitalised words that ends in
 * the head of a building (and may go on with "of the" and more capitalised words) is a venue,
 * though no gazetteer knows it; its country is left to the text.
 */
function venueNamed(ctx: EventContext, i: number, end: number, to: number): Place | undefined {
  if (!VENUE_HEADS.has(ctx.folded[end - 1] ?? '') || end - i < 2) return undefined;
  // "State House", "the Presidential Palace": a seat the dateline or the story's city places (see SEAT_CITIES)
  if (ctx.folded.slice(i, end - 1).every((w) => GENERIC_SEAT_WORDS.has(w))) return undefined;
  let last = end;
  const of = ctx.folded[end] === 'of' ? (ctx.folded[end + 1] === 'the' ? end + 2 : end + 1) : -1;
  if (of > 0) {
    let k = of;
    while (k < to && /^\p{Lu}/u.test(ctx.texts[k] ?? '') && !ctx.personAt[k] && !ctx.facts.country[k]) k++;
    if (k > of) last = k;
  }
  const name = ctx.doc.text.slice(ctx.doc.tokens[i]?.start ?? 0, ctx.doc.tokens[last - 1]?.end ?? 0);
  // "… of the People in Beijing", "… Conference Hall on the shores of the lake in Kampala": the town after it
  const town = laterCity(ctx, last, to) ?? settlementOf(ctx, last, to);
  return town?.country ? venueIn(name, town) : { name, wholeCountry: false };
}

/** A venue in its town ("Royal Palace, Madrid", "Great Hall of the People, Beijing"), placed in the town's country. */
export function venueIn(venue: string, town: Place): Place {
  return { name: `${venue}, ${town.name}`, ...(town.country ? { country: town.country } : {}), wholeCountry: false };
}

/** A known non-capital place starting at token `i` ("Florida", "San Francisco"). */
export function knownPlaceAt(ctx: EventContext, i: number, to: number): Place | undefined {
  return knownPlace(ctx, i, to);
}

function knownPlace(ctx: EventContext, i: number, to: number): Place | undefined {
  let end = i;
  while (end < to && ctx.facts.place[end]) end++;
  if (end === i) return undefined;
  const name = ctx.doc.text.slice(ctx.doc.tokens[i]?.start ?? 0, ctx.doc.tokens[end - 1]?.end ?? 0);
  const country = ctx.facts.placeCountry[i] ?? placeCountry(name);
  return { name, ...(country ? { country } : {}), wholeCountry: false };
}

/** Whether two places cannot be one: neither name holds the other, and neither is the whole country the other lies in. */
export function placesClash(a?: Place, b?: Place): boolean {
  if (!a || !b) return false;
  const x = fold(a.name);
  const y = fold(b.name);
  if (x.includes(y) || y.includes(x)) return false;
  if (a.country && a.country === b.country && (a.wholeCountry || b.wholeCountry)) return false;
  // a venue whose town the text does not give may stand in the other place ("the Great Hall of the People" in Beijing)
  if (!a.country || !b.country) return false;
  return true;
}
