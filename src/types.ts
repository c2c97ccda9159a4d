/**
 * The result model of diplomatic-events: plain, JSON-serialisable data.
 *
 * Every offset is in UTF-16 code units into the exact string given to {@link extract},
 * so `input.slice(span.start, span.end) === span.text` always holds.
 */

/** A stretch of the input text. */
export interface Span {
  /** Offset of the first code unit (UTF-16), inclusive. */
  start: number;
  /** Offset one past the last code unit (UTF-16), exclusive. */
  end: number;
  /** The covered text: always `input.slice(start, end)`. */
  text: string;
}

/** How exact a resolved date is. */
export type DatePrecision =
  /** One calendar day ("on Wednesday", "October 17"). */
  | 'day'
  /** A Monday–Sunday week ("last week"). */
  | 'week'
  /** A whole calendar month ("in August"). */
  | 'month'
  /** A season of three months ("in autumn"). */
  | 'season'
  /** A whole calendar year ("in 2019"). */
  | 'year'
  /** Any other stretch of days ("within two weeks", "early December", "January 18 to 21"). */
  | 'range';

/** A date expression found in the text, resolved to calendar days. */
export interface DateRef {
  /** The expression as written, e.g. "on Wednesday" (same as `span.text`). */
  text: string;
  /** First day covered, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day covered, ISO `YYYY-MM-DD` (equal to `start` for a single day). */
  end: string;
  /** How exact the expression is. */
  precision: DatePrecision;
  /** Where the expression stands in the input. */
  span: Span;
}

/** A person named in the text. */
export interface Person {
  /** Stable id within one result ("p1", "p2", …), referenced by {@link Participant.personId}. */
  id: string;
  /** The fullest form of the name the text gives (honorifics and titles removed), e.g. "Vladimir Putin". */
  name: string;
  /** Office or function, lower-case as in running text, e.g. "prime minister", "kremlin spokesman". */
  role?: string;
  /** ISO 3166-1 alpha-3 code of the country the person acts for, e.g. "RUS". */
  country?: string;
  /**
   * How {@link country} was found: `stated` by the name's own title or apposition ("Russian
   * President", "X, Chad's foreign minister"); `inherited` from the context the person stands in
   * (a delegation, a list, an owner's office, the one country of the sentence); `inferred` from the
   * gazetteer of office holders or the article's home country (its dateline).
   */
  countryCertainty?: ValueCertainty;
  /** Every place the person is named, full or partial ("Putin", "President Vladimir", "Trump's"). */
  mentions: Span[];
}

/** How a country was referred to. */
export type CountryMentionKind =
  /** Its name or a common short name ("Hungary", "the US", "Britain"). */
  | 'name'
  /** A demonym or adjective ("Hungarian"). */
  | 'demonym'
  /** Its capital city ("Budapest"), as a place or as a metonym for the government. */
  | 'capital'
  /** A seat or symbol of its government ("the Kremlin", "the Oval Office", "Downing Street"). */
  | 'metonym';

/** One place where a country is referred to. */
export interface CountryMention extends Span {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  /** How the country was referred to. */
  kind: CountryMentionKind;
}

/** A country the text refers to, with all its mentions. */
export interface CountryRef {
  /** ISO 3166-1 alpha-3 code, e.g. "HUN". */
  code: string;
  /** Common English name, e.g. "Hungary". */
  name: string;
  /** Every reference in the text, by name, demonym, capital or metonym. */
  mentions: CountryMention[];
}

/** Kinds of diplomatic event. */
export type EventType =
  /** A telephone or video call between the parties. */
  | 'phone_call'
  /** An in-person (or explicitly virtual bilateral) meeting, talks, a visit where leaders meet. */
  | 'meeting'
  /** A summit: a named multilateral gathering (G20, NATO summit) or a leaders' summit. */
  | 'summit';

/** Whether the event happened. */
export type EventStatus =
  /** It took place (or is taking place). */
  | 'occurred'
  /** It is arranged or expected: "will meet", "set to", "scheduled", "agreed to meet". */
  | 'planned'
  /** It is only suggested or possible: "could meet", "offered", "invited", "would seek to". */
  | 'proposed'
  /** It was called off, cancelled or refused. */
  | 'cancelled';

/** A party to an event: a person, or a country where no person is named. */
export interface Participant {
  /** The person's name as in {@link Person.name}; absent when only a country takes part. */
  name?: string;
  /** Id of the {@link Person} in the same result, when the participant is a person. */
  personId?: string;
  /** ISO 3166-1 alpha-3 code of the country the participant acts for. */
  country?: string;
  /** The person's role, when known. */
  role?: string;
}

/** Where an event takes place. */
export interface EventLocation {
  /** The place as the text names it, e.g. "Budapest", "Oval Office", "Florida". */
  name: string;
  /** ISO 3166-1 alpha-3 code of the country the place is in, when known. */
  country?: string;
}

/** CAMEO event codes for consultations (used by GDELT and ICEWS). */
export type CameoCode =
  /** 036: express intent to meet or negotiate. */
  | '036'
  /** 040: consult, not specified. */
  | '040'
  /** 041: discuss by telephone. */
  | '041'
  /** 042: make a visit. */
  | '042'
  /** 043: host a visit. */
  | '043'
  /** 044: meet at a "third" location. */
  | '044';

/**
 * PLOVER CONSULT modes (the PLOVER event ontology used by POLECAT): how the parties consulted.
 */
export type PloverMode =
  /** By telephone or video link. */
  | 'phone'
  /** One party travelled to the other's country. */
  | 'visit'
  /** One party received the other at home (the host's view of a visit). */
  | 'host'
  /** The parties met in a country that is neither's. */
  | 'third-party'
  /** Three or more parties, or a summit. */
  | 'multilateral'
  /** In person, but the text does not say where or who travelled. */
  | 'unspecified';

/** The event in PLOVER terms, for joining with POLECAT data. */
export interface PloverCoding {
  /** Always CONSULT: every event this library finds is a consultation. */
  event: 'CONSULT';
  /** How the parties consulted. */
  mode: PloverMode;
}

/**
 * How a value was found (a person's country: see {@link Person.countryCertainty}). For an event: `stated` in a clause about the event itself, `inherited` from
 * the context the text sets (the summit a meeting stands beside, the last stop of a trip), or
 * `inferred` (a present-tense report dated to its own publication day, a status read from a
 * headline or a bare "the meeting").
 */
export type ValueCertainty = 'stated' | 'inherited' | 'inferred';

/** How each of an event's date, location and status was found (`null` where the value is `null`). */
export interface EventCertainty {
  date: ValueCertainty | null;
  location: ValueCertainty | null;
  status: ValueCertainty;
}

/** One real-world diplomatic contact, however many times the text mentions it. */
export interface DiplomaticEvent {
  /** Stable id within one result ("e1", "e2", …). */
  id: string;
  /** What kind of contact it is. */
  type: EventType;
  /** Every named party, persons first in order of mention. */
  participants: Participant[];
  /**
   * When it happened or is to happen; `null` when the text does not say. A contact reported in the
   * present perfect or the present with no date of its own ("X has received Y") is dated to the
   * publication day: its `certainty.date` is `inferred`, and its `text` and `span` are empty (at
   * the trigger), since no words of the text state it.
   */
  date: DateRef | null;
  /** Where it happens; `null` when the text does not say. */
  location: EventLocation | null;
  /** Whether it happened, is planned, only proposed, or was cancelled. */
  status: EventStatus;
  /** The word or phrase that signals the event ("phone conversation", "met", "summit"). */
  trigger: Span;
  /** Every sentence that mentions the event, in text order. */
  evidence: Span[];
  /** CAMEO code of the event, for joining with GDELT / ICEWS data. */
  cameo: CameoCode;
  /** PLOVER coding of the event (CONSULT and its mode), for joining with POLECAT data. */
  plover: PloverCoding;
  /** How sure the extractor is, in [0, 1]; see the README for how it is computed. */
  confidence: number;
  /** How the date, location and status were found. */
  certainty: EventCertainty;
}

/** Everything {@link extract} finds in one article. */
export interface ExtractionResult {
  /** Publication date used to resolve relative dates, ISO `YYYY-MM-DD`, or `null` when none was given. */
  publishedAt: string | null;
  /** People named in the text, in order of first mention. */
  people: Person[];
  /** Countries referred to, in order of first mention. */
  countries: CountryRef[];
  /** Date expressions, resolved, in text order. */
  dates: DateRef[];
  /** Diplomatic events, in order of first mention. */
  events: DiplomaticEvent[];
  /** What the caller may want to know about how the text was read (an empty list when all went as asked). */
  warnings: ExtractionWarning[];
}

/**
 * A note on a result that is valid but less than the caller may expect, e.g. relative dates left
 * unresolved because no publication date was given.
 */
export interface ExtractionWarning {
  /** Stable, machine-readable code: `"unresolved-relative-dates"`. */
  code: 'unresolved-relative-dates';
  /** The same in words, for a person. */
  message: string;
}

/** Options of {@link extract}. */
export interface ExtractOptions {
  /**
   * Publication date of the article, as `YYYY-MM-DD` (or a full ISO timestamp) or a `Date`.
   * Relative expressions ("on Wednesday", "last week", "in August") are resolved against it.
   * Without it, only dates that carry their own year are returned, and the result carries an
   * `unresolved-relative-dates` warning when the text has relative dates.
   *
   * A string is read as written: its calendar day is the day before any time or offset
   * ("2024-05-03T23:30:00-05:00" is 3 May). A `Date` is read in UTC (`date.toISOString()`), so
   * a `Date` built at local midnight east of Greenwich is the day before.
   */
  publishedAt?: string | Date;
  /** The same as {@link ExtractOptions.publishedAt}, under the name JSON Lines records use; both may be given only when they agree. */
  published?: string | Date;
}
