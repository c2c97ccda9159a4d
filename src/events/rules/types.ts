import type { EventStatus, EventType } from '../../types.js';

/**
 * An example sentence we wrote for a rule, with what a careful reader finds in it. A test is
 * generated from every example (`tests/events/rule-examples.test.ts`).
 */
export interface RuleExample {
  /** One to a few sentences of news prose, written by us. */
  text: string;
  /** Publication date the text is read against; 2024-06-14 when absent. */
  published?: string;
  /**
   * Every event the text reports, in a compact notation: `"<type> <party> + <party> [/status] [@place]"`,
   * a party being a family name as written or an ISO alpha-3 code ("meeting Ruto + Scholz /planned
   * @Nairobi", "meeting Blinken + VNM"). An empty list: the text reports no event.
   */
  events: readonly string[];
}

/** How the parties of a trigger relate. */
export type TriggerRole =
  /** As equals ("met", "spoke with", "talks between"). */
  | 'mutual'
  /** The subject hosts the object ("hosted", "received", "welcomed"). */
  | 'host'
  /** The subject travels to the object, a person or a place ("visited", "a trip to"). */
  | 'visit';

/** A sense of a trigger word that is no diplomatic contact, as a pattern read around the trigger `<T>`. */
export interface SenseFilter {
  /** Pattern in the matcher notation; it must contain `<T>`. */
  pattern: string;
  /** Why a match is no contact, in a few words. */
  why: string;
  /** Sentences where the filter must block the trigger (and any other event they report). */
  examples: readonly RuleExample[];
  /** A pattern (with `<T>`) that lifts the filter where it matches ("A and B spoke at the dinner" is a talk, "A spoke at the forum" a speech). */
  unless?: string;
}

/** A context a trigger needs to be a contact, as a pattern read around the trigger `<T>`. */
export interface RequiredContext {
  /** Pattern in the matcher notation; it must contain `<T>`. */
  pattern: string;
  /** What the context says, in a few words. */
  why: string;
}

/** One entry of the trigger table: a word or phrase, by lemma, that signals a contact. */
export interface TriggerRule {
  /** Unique, readable id ("meet.verb", "phone-call"). */
  id: string;
  /** The trigger phrase in the matcher notation, e.g. `{meet}` or `@phone {call|conversation}`. */
  pattern: string;
  /** Parts of speech the phrase's first token may have; any when absent. */
  pos?: readonly string[];
  /** Event type signalled. */
  type: EventType;
  /** Whether the phrase is used as a verb (subject and object are parties) or a noun (parties in "with", "between", a possessive). */
  form: 'verb' | 'noun';
  /** How the parties relate. */
  role: TriggerRole;
  /** How sure the trigger alone makes us, in [0, 1]. */
  strength: number;
  /** Strength when the head noun is plural ("meetings", "phone calls"); the singular strength when absent. */
  pluralStrength?: number;
  /** The trigger counts only with a partner read after it ("spoke with X", not "spoke to reporters"). */
  needsPartner?: boolean;
  /** The journey counts only with its traveller read ("officials will tour Spain and Portugal", its traveller unread, is no contact between the two). */
  needsTraveller?: boolean;
  /** The trigger only refers back to a contact told before ("the gathering"): it joins one, never starts one. */
  refersBack?: boolean;
  /** The only frames (by id) that read this trigger ("discussed X with Y", not "A and B discussed X"); every frame that applies when absent. */
  onlyFrames?: readonly string[];
  /** Senses that are no contact. */
  notWhen?: readonly SenseFilter[];
  /** The parties are states ("their Joint Commission" is the two countries'): people read for it stand for their countries. */
  statesOnly?: boolean;
  /** The trigger names a gathering of many states by itself ("a session of heads of state", "a meeting of Gulf leaders"): a multilateral summit. */
  multilateral?: boolean;
  /** Contexts one of which must hold around the trigger for it to count ("a session of <T>", "<T> will meet"); any context when absent. */
  onlyWhen?: readonly RequiredContext[];
  /** Sentences where the trigger signals a contact, with the events a reader finds. */
  examples: readonly RuleExample[];
}

/** Status a rule assigns, or a denial (no event at all). */
export type StatusValue = EventStatus | 'denied';
