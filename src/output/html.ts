import { countryName } from '../entities/countries/index.js';
import type { CameoCode, DateRef, DiplomaticEvent, ExtractionResult, Participant, Span } from '../types.js';

/** Options of {@link toHtml} and {@link toHtmlPage}. */
export interface HtmlOptions {
  /** A heading above the report, e.g. the file name or the article's headline. Default: none. */
  title?: string;
  /** Show the article text with people, countries, dates and event triggers highlighted. Default: `true`. */
  showText?: boolean;
}

/** The kinds of highlighted span, in the order they win when two spans overlap. */
type HighlightKind = 'person' | 'country' | 'date' | 'trigger';

interface Highlight {
  kind: HighlightKind;
  start: number;
  end: number;
  /** The text the result says the span covers. */
  text: string;
  title: string;
  attrs: Record<string, string>;
}

const TYPE_LABEL: Record<DiplomaticEvent['type'], string> = {
  phone_call: 'Phone call',
  meeting: 'Meeting',
  summit: 'Summit',
};

const CAMEO_LABEL: Record<CameoCode, string> = {
  '036': 'express intent to meet or negotiate',
  '040': 'consult',
  '041': 'discuss by telephone',
  '042': 'make a visit',
  '043': 'host a visit',
  '044': 'meet at a third location',
};

const LEGEND: { kind: HighlightKind; label: string }[] = [
  { kind: 'person', label: 'Person' },
  { kind: 'country', label: 'Country' },
  { kind: 'date', label: 'Date' },
  { kind: 'trigger', label: 'Event trigger' },
];

/** Scoped to `.de-report`, so the fragment can be dropped into any page. */
const STYLE = `
.de-report{--de-person:#d6e4ff;--de-person-line:#2f5fd0;--de-country:#d2f4dc;--de-country-line:#23824a;--de-date:#ffe6ad;--de-date-line:#b57900;--de-trigger:#f3d6f6;--de-trigger-line:#94379e;color-scheme:light;color:#1d2430;background:#fff;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;max-width:60rem;margin:0 auto;padding:1.25rem 1.5rem;box-sizing:border-box}
.de-report *{box-sizing:border-box}
.de-report h1,.de-report h2,.de-report h3{line-height:1.25;margin:1.4em 0 .5em}
.de-report h1{font-size:1.45rem;margin-top:0}
.de-report h2{font-size:1.15rem;border-bottom:1px solid #e2e6ec;padding-bottom:.25em}
.de-report h3{font-size:1rem;margin:0}
.de-report .de-meta{color:#5b6473;margin:.25em 0 1em}
.de-report .de-legend{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:.5rem .75rem;margin:0 0 .75rem;background:#f6f7f9;border:1px solid #e2e6ec;border-radius:6px;font-size:.9em}
.de-report .de-legend li{margin:0}
.de-report .de-hl{color:inherit;border-radius:3px;padding:0 .1em;border-bottom:2px solid transparent}
.de-report .de-hl-person{background:var(--de-person);border-bottom-color:var(--de-person-line)}
.de-report .de-hl-country{background:var(--de-country);border-bottom-color:var(--de-country-line)}
.de-report .de-hl-date{background:var(--de-date);border-bottom-color:var(--de-date-line)}
.de-report .de-hl-trigger{background:var(--de-trigger);border-bottom-color:var(--de-trigger-line);font-weight:600}
.de-report .de-text{white-space:pre-wrap;overflow-wrap:anywhere;padding:.75rem 1rem;border:1px solid #e2e6ec;border-radius:6px;background:#fcfcfd}
.de-report .de-chips{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:0}
.de-report .de-chips li{margin:0}
.de-report .de-events{display:grid;gap:.9rem}
.de-report .de-event{border:1px solid #d9dee6;border-left:5px solid #8a94a6;border-radius:6px;padding:.75rem 1rem;background:#fff;box-shadow:0 1px 2px rgba(16,24,40,.05)}
.de-report .de-event[data-status="occurred"]{border-left-color:#23824a}
.de-report .de-event[data-status="planned"]{border-left-color:#2f5fd0}
.de-report .de-event[data-status="proposed"]{border-left-color:#b57900}
.de-report .de-event[data-status="cancelled"]{border-left-color:#c23b3b}
.de-report .de-event-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem;margin-bottom:.5rem}
.de-report .de-badge{display:inline-block;font-size:.8em;font-weight:600;padding:.05em .55em;border-radius:999px;background:#eef0f4;color:#3b4452}
.de-report .de-status-occurred{background:#d2f4dc;color:#17603a}
.de-report .de-status-planned{background:#d6e4ff;color:#1f4299}
.de-report .de-status-proposed{background:#ffe6ad;color:#7a5200}
.de-report .de-status-cancelled{background:#fbd5d5;color:#8f2323}
.de-report .de-confidence{margin-left:auto;color:#5b6473;font-size:.85em}
.de-report .de-fields{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .9rem;margin:0}
.de-report .de-fields dt{color:#5b6473;font-weight:600}
.de-report .de-fields dd{margin:0}
.de-report .de-fields ul{margin:0;padding-left:1.1em}
.de-report .de-muted{color:#5b6473}
.de-report .de-evidence{margin:.6rem 0 0;padding:.4rem .8rem;border-left:3px solid #d9dee6;background:#f6f7f9;color:#2c3442;font-style:italic}
.de-report .de-evidence strong{font-style:normal;background:var(--de-trigger)}
.de-report code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
`;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
}

/** True when the span really lies in `text` (a result from another text is never highlighted wrongly). */
function fits(span: Span, text: string): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end > span.start &&
    span.end <= text.length &&
    text.slice(span.start, span.end) === span.text
  );
}

function dateLabel(date: DateRef): string {
  return date.start === date.end ? date.start : `${date.start} to ${date.end}`;
}

function collectHighlights(result: ExtractionResult): Highlight[] {
  const out: Highlight[] = [];
  for (const p of result.people) {
    const title = [p.name, p.role, p.country].filter(Boolean).join(' · ');
    for (const m of p.mentions) out.push({ kind: 'person', start: m.start, end: m.end, text: m.text, title, attrs: { 'data-person': p.id } });
  }
  for (const c of result.countries) {
    for (const m of c.mentions) {
      out.push({ kind: 'country', start: m.start, end: m.end, text: m.text, title: `${c.name} (${c.code}) · ${m.kind}`, attrs: { 'data-country': c.code } });
    }
  }
  for (const d of result.dates) {
    out.push({ kind: 'date', start: d.span.start, end: d.span.end, text: d.span.text, title: `${dateLabel(d)} (${d.precision})`, attrs: { 'data-date': dateLabel(d) } });
  }
  for (const e of result.events) {
    out.push({ kind: 'trigger', start: e.trigger.start, end: e.trigger.end, text: e.trigger.text, title: `${e.id}: ${TYPE_LABEL[e.type]}, ${e.status}`, attrs: { 'data-event': e.id } });
  }
  return out;
}

/** The article with non-overlapping highlights: people win over countries, countries over dates, dates over triggers. */
function highlightText(text: string, result: ExtractionResult): string {
  const order: HighlightKind[] = ['person', 'country', 'date', 'trigger'];
  const candidates = collectHighlights(result)
    .filter((h) => fits(h, text))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.start - b.start || b.end - a.end);
  const taken = new Uint8Array(text.length);
  const kept: Highlight[] = [];
  for (const h of candidates) {
    let free = true;
    for (let i = h.start; i < h.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const h of kept) {
    html += escapeHtml(text.slice(at, h.start));
    html += `<mark class="de-hl de-hl-${h.kind}"${attributes({ ...h.attrs, title: h.title })}>${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  return html + escapeHtml(text.slice(at));
}

function countryLabel(code: string, result: ExtractionResult): string {
  const name = result.countries.find((c) => c.code === code)?.name ?? countryName(code);
  return name && name !== code ? `${name} (${code})` : code;
}

function participantHtml(p: Participant, result: ExtractionResult): string {
  const parts: string[] = [];
  if (p.name) parts.push(`<span class="de-hl de-hl-person">${escapeHtml(p.name)}</span>`);
  if (p.role) parts.push(escapeHtml(p.role));
  if (p.country) parts.push(`<span class="de-hl de-hl-country">${escapeHtml(countryLabel(p.country, result))}</span>`);
  return `<li>${parts.join(', ') || '<span class="de-muted">unnamed party</span>'}</li>`;
}

function evidenceHtml(span: Span, trigger: Span): string {
  if (trigger.start >= span.start && trigger.end <= span.end && trigger.end > trigger.start) {
    const a = trigger.start - span.start;
    const b = trigger.end - span.start;
    return `${escapeHtml(span.text.slice(0, a))}<strong>${escapeHtml(span.text.slice(a, b))}</strong>${escapeHtml(span.text.slice(b))}`;
  }
  return escapeHtml(span.text);
}

function eventCard(e: DiplomaticEvent, index: number, result: ExtractionResult): string {
  const date = e.date
    ? `<span class="de-hl de-hl-date">${escapeHtml(dateLabel(e.date))}</span> <span class="de-muted">(“${escapeHtml(e.date.text)}”, ${escapeHtml(e.date.precision)})</span>`
    : '<span class="de-muted">not given</span>';
  const place = e.location
    ? `${escapeHtml(e.location.name)}${e.location.country ? ` <span class="de-muted">· ${escapeHtml(countryLabel(e.location.country, result))}</span>` : ''}`
    : '<span class="de-muted">not given</span>';
  const evidence = e.evidence.map((s) => `<blockquote class="de-evidence">${evidenceHtml(s, e.trigger)}</blockquote>`).join('');
  return (
    `<article class="de-event"${attributes({ 'data-event-id': e.id, 'data-type': e.type, 'data-status': e.status })}>` +
    `<div class="de-event-head"><h3>${index + 1}. ${TYPE_LABEL[e.type]}</h3>` +
    `<span class="de-badge de-status de-status-${e.status}">${e.status}</span>` +
    `<span class="de-confidence">confidence ${e.confidence.toFixed(2)}</span></div>` +
    '<dl class="de-fields">' +
    `<dt>Participants</dt><dd><ul>${e.participants.map((p) => participantHtml(p, result)).join('')}</ul></dd>` +
    `<dt>Date</dt><dd>${date}</dd>` +
    `<dt>Place</dt><dd>${place}</dd>` +
    `<dt>Trigger</dt><dd>“${escapeHtml(e.trigger.text)}”</dd>` +
    `<dt>CAMEO</dt><dd><code>${e.cameo}</code> ${escapeHtml(CAMEO_LABEL[e.cameo] ?? '')}</dd>` +
    `<dt>PLOVER</dt><dd><code>${escapeHtml(e.plover.event)}</code> · ${escapeHtml(e.plover.mode)}</dd>` +
    '</dl>' +
    evidence +
    '</article>'
  );
}

/**
 * Renders a result as a self-contained HTML fragment: an inline `<style>` scoped to `.de-report`,
 * the article with people, countries, dates and event triggers highlighted in distinct colours
 * (with a legend), the people and countries found, and one card per event (type, status,
 * participants, date, place, trigger, CAMEO and PLOVER codes, evidence quotes). All text is
 * escaped; the fragment loads nothing (no scripts, fonts, images or links).
 *
 * @param result What {@link extract} returned for `text`.
 * @param text The exact string given to {@link extract}: highlights are placed by the offsets in
 *   `result`, and spans that do not match `text` are not highlighted.
 */
export function toHtml(result: ExtractionResult, text: string, options: HtmlOptions = {}): string {
  const parts: string[] = [`<section class="de-report"><style>${STYLE}</style>`];
  if (options.title) parts.push(`<h1>${escapeHtml(options.title)}</h1>`);
  const counts = [
    `${result.events.length} event${result.events.length === 1 ? '' : 's'}`,
    `${result.people.length} ${result.people.length === 1 ? 'person' : 'people'}`,
    `${result.countries.length} countr${result.countries.length === 1 ? 'y' : 'ies'}`,
    `${result.dates.length} date${result.dates.length === 1 ? '' : 's'}`,
  ];
  parts.push(`<p class="de-meta">${result.publishedAt ? `Published ${escapeHtml(result.publishedAt)} · ` : 'No publication date · '}${counts.join(', ')}</p>`);

  parts.push('<h2>Events</h2>');
  if (result.events.length === 0) parts.push('<p class="de-muted de-no-events">No diplomatic events found.</p>');
  else parts.push(`<div class="de-events">${result.events.map((e, i) => eventCard(e, i, result)).join('')}</div>`);

  if (options.showText !== false) {
    parts.push('<h2>Article</h2>');
    parts.push(`<ul class="de-legend">${LEGEND.map((l) => `<li><mark class="de-hl de-hl-${l.kind}">${l.label}</mark></li>`).join('')}</ul>`);
    parts.push(`<div class="de-text">${highlightText(text, result)}</div>`);
  }

  if (result.people.length) {
    parts.push('<h2>People</h2><ul class="de-chips de-people">');
    for (const p of result.people) {
      const extra = [p.role, p.country ? countryLabel(p.country, result) : undefined].filter(Boolean).join(', ');
      parts.push(`<li><mark class="de-hl de-hl-person" data-person="${escapeHtml(p.id)}">${escapeHtml(p.name)}</mark>${extra ? ` <span class="de-muted">${escapeHtml(extra)}</span>` : ''}</li>`);
    }
    parts.push('</ul>');
  }
  if (result.countries.length) {
    parts.push('<h2>Countries</h2><ul class="de-chips de-countries">');
    for (const c of result.countries) {
      parts.push(`<li><mark class="de-hl de-hl-country" data-country="${escapeHtml(c.code)}">${escapeHtml(c.name)}</mark> <span class="de-muted">${escapeHtml(c.code)} ×${c.mentions.length}</span></li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('');
}

/** Wraps HTML fragments (from {@link toHtml}) in a complete, self-contained HTML page. */
export function htmlPage(body: string, title = 'diplomatic-events'): string {
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" href="data:,">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    '<style>body{margin:0;padding:1rem 0;background:#eef0f4}.de-report{margin-bottom:1.5rem;border-radius:8px;box-shadow:0 1px 3px rgba(16,24,40,.12)}</style>\n' +
    `</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}

/** Like {@link toHtml}, but returns a complete HTML page (doctype, head, title) around the report. */
export function toHtmlPage(result: ExtractionResult, text: string, options: HtmlOptions = {}): string {
  return htmlPage(toHtml(result, text, options), options.title ?? 'diplomatic-events');
}
