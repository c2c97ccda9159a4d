import { journeysToGatherings, visitsForGatherings } from './refine/journey-to-gathering.js';
import type { CountryMention, DateRef, DiplomaticEvent, Person, Span } from '../types.js';
import type { TextDocument } from '../text/types.js';
import { eventContext, type EventContext } from './context.js';
import { findTriggers, type TriggerHit } from './find-triggers.js';
import { isHeadline } from './headline.js';
import { mergeMentions, type EventDraft } from './merge.js';
import { readMention, type EventMention } from './mention/mention.js';
import { completeAgent } from './refine/agent.js';
import { rescheduled } from './refine/rescheduled.js';
import { collectAttendees } from './refine/attendees.js';
import { attendanceLists } from './refine/attendance-lists.js';
import { continuedDay } from './refine/continued-day.js';
import { cityOverCountry, venueInTown, venuesAside } from './refine/city-over-country.js';
import { journeysToContacts } from './refine/journeys.js';
import { dropBlockedReferences } from './refine/blocked-summits.js';
import { addDelegates } from './refine/delegates.js';
import { reportDay } from './refine/report-day.js';
import { duringVisit, placeAtGathering, placeDuringVisit } from './refine/during-visit.js';
import { summitContext } from './refine/summit-context.js';
import { placeDuringStay } from './refine/stay-place.js';
import { keepDiplomatic } from './refine/diplomatic.js';
import { notYetHappened, plansLookForward } from './refine/future.js';
import { readListLines } from './refine/list-lines.js';
import { venueContext } from './refine/venue-context.js';
import { relativeDays } from './refine/relative-day.js';
import { coordinatedPlans, nounTakesSentenceParty, sequencedContacts, summitSidelines } from './refine/sentence-context.js';
import { summitTrips } from './refine/summit-trip.js';
import { attendeesElsewhere } from './refine/attendees-elsewhere.js';
import { declinedAttendance } from './refine/declined.js';
import { relativeHosts } from './refine/summit-host.js';
import { tourStops } from './refine/tour-stops.js';
import { occasionList } from './refine/occasion-list.js';
import { talksAtSummit } from './refine/talks-at-summit.js';
import { dropLightVerbTriggers } from './refine/light-verbs.js';
import { mediumDecidesType } from './refine/medium.js';
import { blocSummit } from './refine/bloc-summit.js';
import { splitPartners } from './refine/split.js';
import { dropPartnerless, visitHost } from './refine/visit-host.js';
import { toEvent } from './to-event.js';

/** Input of the events stage: the outputs of the earlier stages. */
export interface EventsInput {
  /** The segmented text. */
  doc: TextDocument;
  /** People found by the people stage. */
  people: Person[];
  /** Country mentions from the countries stage. */
  countryMentions: CountryMention[];
  /** Organisation mentions from the countries stage. */
  organisationMentions: Span[];
  /** Dates from the dates stage. */
  dates: DateRef[];
  /** Known places that are not countries, from `findPlaceMentions` (optional: places then come from capitals and the gazetteer only). */
  placeMentions?: Array<Span & { country?: string }>;
  /** Publication date, ISO `YYYY-MM-DD` (optional): a contact dated after it has not happened yet. */
  publishedAt?: string | null;
}

/** A refiner: takes what the stage has read so far and returns it refined (chrono-node's design). */
export type Refiner<T> = (ctx: EventContext, items: T[]) => T[];

/** Refiners of the mentions of one sentence, in order. */
export const SENTENCE_REFINERS: ReadonlyArray<Refiner<EventMention>> = [dropLightVerbTriggers, mediumDecidesType, blocSummit, tourStops, occasionList, completeAgent, splitPartners, nounTakesSentenceParty, coordinatedPlans, sequencedContacts, summitSidelines, summitTrips, declinedAttendance, relativeHosts, attendeesElsewhere, visitHost, dropPartnerless, rescheduled];

/** Refiners of the mentions of the whole text, in order. */
export const TEXT_REFINERS: ReadonlyArray<Refiner<EventMention>> = [readListLines, venueContext, relativeDays];

/** Refiners of the events that merging assembled, in order. */
export const EVENT_REFINERS: ReadonlyArray<Refiner<EventDraft>> = [venuesAside, journeysToGatherings, visitsForGatherings, collectAttendees, attendanceLists, talksAtSummit, addDelegates, journeysToContacts, cityOverCountry, continuedDay, reportDay, notYetHappened, duringVisit, placeDuringVisit, placeDuringStay, summitContext, placeAtGathering, venueInTown, plansLookForward, keepDiplomatic];

/**
 * Finds diplomatic events (stage 5 of the pipeline): triggers, one reading of each (argument
 * frames, then date, place and status), the refiners of each sentence and of the text, merging of
 * the mentions of one real-world contact, and the refiners of the merged events.
 */
export function findEvents(input: EventsInput): DiplomaticEvent[] {
  const ctx = eventContext(input.doc, input.people, input.countryMentions, input.organisationMentions, input.dates, input.placeMentions, input.publishedAt ?? null);
  const drafts = EVENT_REFINERS.reduce((ds, refine) => refine(ctx, ds), mergeMentions(ctx, readMentions(ctx)));
  return drafts.map((d, i) => toEvent(ctx, d, `e${i + 1}`));
}

/** Every mention of a contact, in text order: triggers, their readings, and the refiners of each sentence and of the text. */
export function readMentions(ctx: EventContext): EventMention[] {
  const found = findTriggers(ctx);
  const bySentence = new Map<number, TriggerHit[]>();
  for (const hit of found) {
    if (hit.blocked) continue;
    const list = bySentence.get(hit.sentence);
    if (list) list.push(hit);
    else bySentence.set(hit.sentence, [hit]);
  }
  const mentions: EventMention[] = [];
  for (const [index, siblings] of bySentence) {
    const headline = isHeadline(ctx, index);
    // a trigger read by its own frames only ("discussed X with Y") is no contact when none matched
    const read = siblings.map((hit) => readMention(ctx, hit, siblings, headline)).filter((m) => !m.hit.entry.onlyFrames || m.frame);
    mentions.push(...SENTENCE_REFINERS.reduce((ms, refine) => refine(ctx, ms), read));
  }
  const refined = TEXT_REFINERS.reduce((ms, refine) => refine(ctx, ms), dropBlockedReferences(mentions, found));
  return refined.sort((a, b) => a.hit.first - b.hit.first);
}
