import type { ExtractionResult, Span } from '../../src/types.js';

/** Every span of a result, labelled with where it was found. */
export function allSpans(result: ExtractionResult): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  result.people.forEach((p) => p.mentions.forEach((m) => out.push([`person ${p.id} mention`, m])));
  result.countries.forEach((c) => c.mentions.forEach((m) => out.push([`country ${c.code} mention`, m])));
  result.dates.forEach((d) => out.push([`date ${d.text}`, d.span]));
  result.events.forEach((e) => {
    out.push([`event ${e.id} trigger`, e.trigger]);
    e.evidence.forEach((s) => out.push([`event ${e.id} evidence`, s]));
    if (e.date) out.push([`event ${e.id} date`, e.date.span]);
  });
  return out;
}
