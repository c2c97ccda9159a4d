/**
 * An example written by us for the event rules, with what a careful reader finds in it. Tables of
 * these stand beside the examples inside the rule tables (`src/events/rules/`); a test is generated
 * from each (`tests/events/rule-examples.test.ts`).
 */
export interface TableExample {
  /** What the example exercises: a trigger ("trigger:ring"), a frame ("frame:passive") or a sense that is no contact ("neg:urging"). */
  topic: string;
  /** Publication date the text is read against. */
  published: string;
  /** One to a few sentences of news prose, written by us. */
  text: string;
  /** Every event a reader finds, in the notation of `RuleExample.events`; [] for none. */
  events: readonly string[];
  /**
   * Set when the extractor does not yet read the example as a reader does: what it gets wrong.
   * The test then expects the failure, and fails when the extractor starts to get it right, so
   * that the mark is removed.
   */
  known?: string;
}
