import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import type { DatePrecision, DateRef } from '../../src/types.js';

/** One expected expression: its text, first day, last day and precision. */
type Expected = readonly [text: string, start: string, end: string, precision: DatePrecision];

/** A test row: publication day, a sentence written for the test, and every date it holds. */
interface Row {
  pub: string | null;
  sentence: string;
  dates: readonly Expected[];
}

function check(row: Row): void {
  const found = findDates(row.sentence, { publishedAt: row.pub });
  let from = 0;
  const expected = row.dates.map(([text, start, end, precision]) => {
    const at = row.sentence.indexOf(text, from);
    expect(at, `"${text}" must occur in the sentence`).toBeGreaterThanOrEqual(0);
    from = at + text.length;
    return { text, start, end, precision, span: { start: at, end: at + text.length, text } };
  });
  expect(found).toEqual(expected);
  for (const d of found) expectConsistent(row.sentence, d);
}

function expectConsistent(text: string, d: DateRef): void {
  expect(text.slice(d.span.start, d.span.end)).toBe(d.span.text);
  expect(d.text).toBe(d.span.text);
  expect(d.start <= d.end).toBe(true);
}

function table(name: string, rows: readonly Row[]): void {
  describe(name, () => {
    it.each(rows.map((r) => [r.pub ?? 'no date', r.sentence, r] as const))('%s | %s', (_pub, _sentence, row) => check(row));
  });
}

table('weekdays', [
  // Past clause: the most recent such weekday on or before publication.
  { pub: '2017-09-25', sentence: 'The two leaders had a phone call on Monday.', dates: [['on Monday', '2017-09-25', '2017-09-25', 'day']] },
  { pub: '2024-12-15', sentence: 'The envoys sat down together on Wednesday.', dates: [['on Wednesday', '2024-12-11', '2024-12-11', 'day']] },
  { pub: '2024-12-15', sentence: 'Their first round of talks took place on Monday.', dates: [['on Monday', '2024-12-09', '2024-12-09', 'day']] },
  { pub: '2019-01-09', sentence: 'The foreign ministers spoke on Monday about fishing rights.', dates: [['on Monday', '2019-01-07', '2019-01-07', 'day']] },
  { pub: '2025-07-25', sentence: 'The chancellor hosted her Polish counterpart in Berlin on Wednesday.', dates: [['on Wednesday', '2025-07-23', '2025-07-23', 'day']] },
  { pub: '2018-04-29', sentence: 'Working-level talks were held Friday at the border village.', dates: [['Friday', '2018-04-27', '2018-04-27', 'day']] },
  { pub: '2019-08-21', sentence: 'The delegation arrived in Cairo on Thursday.', dates: [['on Thursday', '2019-08-15', '2019-08-15', 'day']] },
  // No tense marker: read as past.
  { pub: '2019-08-21', sentence: 'Leaders gather on Tuesday in a show of unity', dates: [['on Tuesday', '2019-08-20', '2019-08-20', 'day']] },
  // Future clause: the nearest such weekday on or after publication.
  { pub: '2022-11-14', sentence: 'The two presidents will meet on the sidelines of the summit on Tuesday.', dates: [['on Tuesday', '2022-11-15', '2022-11-15', 'day']] },
  { pub: '2015-02-23', sentence: 'Negotiators are set to resume talks Monday in Geneva.', dates: [['Monday', '2015-02-23', '2015-02-23', 'day']] },
  { pub: '2019-08-21', sentence: 'The prime minister is to visit Tokyo on Friday.', dates: [['on Friday', '2019-08-23', '2019-08-23', 'day']] },
  { pub: '2019-08-21', sentence: 'Aides said he would fly to Ottawa on Sunday.', dates: [['on Sunday', '2019-08-25', '2019-08-25', 'day']] },
  { pub: '2019-08-21', sentence: 'She plans to see the king on Monday.', dates: [['on Monday', '2019-08-26', '2019-08-26', 'day']] },
  { pub: '2019-08-21', sentence: 'A second round is scheduled for Wednesday.', dates: [['Wednesday', '2019-08-21', '2019-08-21', 'day']] },
  { pub: '2019-08-21', sentence: 'The vote will be held on Tuesday, while the first ballot was held on Tuesday.', dates: [['on Tuesday', '2019-08-27', '2019-08-27', 'day'], ['on Tuesday', '2019-08-20', '2019-08-20', 'day']] },
  { pub: '2019-08-21', sentence: 'On Saturday, the envoys will travel to Oslo.', dates: [['On Saturday', '2019-08-24', '2019-08-24', 'day']] },
  // Modifiers.
  { pub: '2019-08-21', sentence: 'Officials will gather this Friday to review the deal.', dates: [['this Friday', '2019-08-23', '2019-08-23', 'day']] },
  { pub: '2019-08-21', sentence: 'The talks resume next Tuesday in Vienna.', dates: [['next Tuesday', '2019-08-27', '2019-08-27', 'day']] },
  { pub: '2019-08-21', sentence: 'Ministers will meet again next Thursday.', dates: [['next Thursday', '2019-08-29', '2019-08-29', 'day']] },
  // a timetable in the present tense looks ahead even after a past verb
  { pub: '2022-06-29', sentence: 'The conference opened on Tuesday and ends on Thursday.', dates: [['on Tuesday', '2022-06-28', '2022-06-28', 'day'], ['on Thursday', '2022-06-30', '2022-06-30', 'day']] },
  { pub: '2019-08-21', sentence: 'The envoy left the capital last Tuesday.', dates: [['last Tuesday', '2019-08-20', '2019-08-20', 'day']] },
  { pub: '2019-08-21', sentence: 'The pact was initialled last Wednesday.', dates: [['last Wednesday', '2019-08-14', '2019-08-14', 'day']] },
  // Weekday + explicit date: the date wins.
  { pub: '2020-03-27', sentence: 'Leaders joined a video call on Thursday March 26.', dates: [['on Thursday March 26', '2020-03-26', '2020-03-26', 'day']] },
  { pub: '2023-07-13', sentence: 'The alliance summit closed on Wednesday 12 July.', dates: [['on Wednesday 12 July', '2023-07-12', '2023-07-12', 'day']] },
  { pub: '2017-09-26', sentence: 'The call took place on Monday, September 25.', dates: [['on Monday, September 25', '2017-09-25', '2017-09-25', 'day']] },
  // Times of day keep the day.
  { pub: '2025-10-17', sentence: 'The ministers met Monday morning in Brussels.', dates: [['Monday morning', '2025-10-13', '2025-10-13', 'day']] },
  { pub: '2025-10-17', sentence: 'The statement came late on Monday evening.', dates: [['on Monday evening', '2025-10-13', '2025-10-13', 'day']] },
  { pub: '2025-10-17', sentence: 'The first sirens sounded at 8:24 a.m. Thursday across the region.', dates: [['Thursday', '2025-10-16', '2025-10-16', 'day']] },
]);

table('days relative to publication', [
  { pub: '2021-06-01', sentence: 'The foreign minister arrives in Rome today.', dates: [['today', '2021-06-01', '2021-06-01', 'day']] },
  { pub: '2021-06-01', sentence: 'The two sides resumed their dialogue this morning.', dates: [['this morning', '2021-06-01', '2021-06-01', 'day']] },
  { pub: '2021-06-01', sentence: 'Earlier in the day, a spokesman denied the report.', dates: [['Earlier in the day', '2021-06-01', '2021-06-01', 'day']] },
  { pub: '2021-06-01', sentence: 'A joint statement is expected later today, and a dinner tonight.', dates: [['later today', '2021-06-01', '2021-06-01', 'day'], ['tonight', '2021-06-01', '2021-06-01', 'day']] },
  { pub: '2021-06-01', sentence: 'The premier will address parliament this evening.', dates: [['this evening', '2021-06-01', '2021-06-01', 'day']] },
  { pub: '2021-06-01', sentence: 'The president telephoned his counterpart yesterday.', dates: [['yesterday', '2021-05-31', '2021-05-31', 'day']] },
  { pub: '2021-06-01', sentence: 'Talks dragged on until late last night, and resumed last evening too.', dates: [['last night', '2021-05-31', '2021-05-31', 'day'], ['last evening', '2021-05-31', '2021-05-31', 'day']] },
  { pub: '2021-06-01', sentence: 'The delegation flies home tomorrow.', dates: [['tomorrow', '2021-06-02', '2021-06-02', 'day']] },
  { pub: '2021-06-01', sentence: 'They had spoken the day before yesterday.', dates: [['the day before yesterday', '2021-05-30', '2021-05-30', 'day']] },
]);

table('months', [
  { pub: '2025-10-17', sentence: 'The foreign minister visited Beijing in August.', dates: [['in August', '2025-08-01', '2025-08-31', 'month']] },
  { pub: '2025-10-17', sentence: 'Both sides recalled a February meeting in Doha.', dates: [['February', '2025-02-01', '2025-02-28', 'month']] },
  { pub: '2025-10-17', sentence: 'She took office in January after a long campaign.', dates: [['in January', '2025-01-01', '2025-01-31', 'month']] },
  { pub: '2019-01-09', sentence: 'The two leaders met in Buenos Aires in November.', dates: [['in November', '2018-11-01', '2018-11-30', 'month']] },
  { pub: '2013-07-07', sentence: 'The negotiators will meet again in September.', dates: [['in September', '2013-09-01', '2013-09-30', 'month']] },
  { pub: '2020-01-15', sentence: 'The envoys last met in December.', dates: [['in December', '2019-12-01', '2019-12-31', 'month']] },
  { pub: '2023-11-07', sentence: 'The two leaders last met in Lima in November last year.', dates: [['in November last year', '2022-11-01', '2022-11-30', 'month']] },
  { pub: '2023-11-07', sentence: 'The commission first convened in March of this year.', dates: [['in March of this year', '2023-03-01', '2023-03-31', 'month']] },
  { pub: '2023-11-07', sentence: 'A return visit is planned for February next year.', dates: [['February next year', '2024-02-01', '2024-02-29', 'month']] },
  { pub: '2025-10-17', sentence: 'A state visit is expected in March.', dates: [['in March', '2026-03-01', '2026-03-31', 'month']] },
  { pub: '2025-10-17', sentence: 'Parliamentary elections were held in May.', dates: [['in May', '2025-05-01', '2025-05-31', 'month']] },
  { pub: '2025-10-17', sentence: 'The accord was signed in May 2014 and revised in March, 2019.', dates: [['in May 2014', '2014-05-01', '2014-05-31', 'month'], ['in March, 2019', '2019-03-01', '2019-03-31', 'month']] },
  { pub: '2025-10-17', sentence: 'The minister travelled there last month and returns next month.', dates: [['last month', '2025-09-01', '2025-09-30', 'month'], ['next month', '2025-11-01', '2025-11-30', 'month']] },
  { pub: '2024-02-10', sentence: 'This month the council meets twice.', dates: [['This month', '2024-02-01', '2024-02-29', 'month']] },
]);

table('days and months', [
  { pub: '2025-10-17', sentence: 'The summit will resume later on October 17.', dates: [['on October 17', '2025-10-17', '2025-10-17', 'day']] },
  { pub: '2025-10-17', sentence: 'The ministers first met on 17 October.', dates: [['on 17 October', '2025-10-17', '2025-10-17', 'day']] },
  { pub: '2025-01-05', sentence: 'The ceasefire was agreed on December 28.', dates: [['on December 28', '2024-12-28', '2024-12-28', 'day']] },
  { pub: '2024-12-20', sentence: 'The conference will take place on January 15.', dates: [['on January 15', '2025-01-15', '2025-01-15', 'day']] },
  { pub: '2017-09-27', sentence: 'The two foreign ministers spoke by phone on Sept. 25.', dates: [['on Sept. 25', '2017-09-25', '2017-09-25', 'day']] },
  { pub: '2019-01-09', sentence: 'Officials exchanged letters on Jan. 5 and on September 20.', dates: [['on Jan. 5', '2019-01-05', '2019-01-05', 'day'], ['on September 20', '2018-09-20', '2018-09-20', 'day']] },
  { pub: '2025-10-17', sentence: 'The treaty dates from April 20, 2015 and was amended on March 5, 2019.', dates: [['from April 20, 2015', '2015-04-20', '2015-04-20', 'day'], ['on March 5, 2019', '2019-03-05', '2019-03-05', 'day']] },
  { pub: '2025-10-17', sentence: 'The envoy was appointed on 5 March 2019 and left on 24 January 2024.', dates: [['on 5 March 2019', '2019-03-05', '2019-03-05', 'day'], ['on 24 January 2024', '2024-01-24', '2024-01-24', 'day']] },
  { pub: '2025-10-17', sentence: 'The protocol entered into force on 2019-03-05.', dates: [['on 2019-03-05', '2019-03-05', '2019-03-05', 'day']] },
  { pub: '2025-10-17', sentence: 'The agreement expires on October 30th, not on the 1st of November.', dates: [['on October 30th', '2025-10-30', '2025-10-30', 'day'], ['on the 1st of November', '2025-11-01', '2025-11-01', 'day']] },
]);

table('ranges', [
  { pub: '2024-01-25', sentence: 'The round of talks ran January 18 to 21 in Doha.', dates: [['January 18 to 21', '2024-01-18', '2024-01-21', 'range']] },
  { pub: '2024-01-25', sentence: 'The exercises took place January 18-21 near the border.', dates: [['January 18-21', '2024-01-18', '2024-01-21', 'range']] },
  { pub: '2024-01-25', sentence: 'Delegates met 18-21 January in Geneva.', dates: [['18-21 January', '2024-01-18', '2024-01-21', 'range']] },
  { pub: '2024-03-10', sentence: 'The forum was held from March 3 to March 5.', dates: [['from March 3 to March 5', '2024-03-03', '2024-03-05', 'range']] },
  { pub: '2024-05-10', sentence: 'The visit lasted between May 1 and May 3.', dates: [['between May 1 and May 3', '2024-05-01', '2024-05-03', 'range']] },
  { pub: '2024-05-10', sentence: 'He served as envoy in 2003-2005 and again from 2010 to 2012.', dates: [['in 2003-2005', '2003-01-01', '2005-12-31', 'range'], ['from 2010 to 2012', '2010-01-01', '2012-12-31', 'range']] },
  { pub: '2024-05-10', sentence: 'The border was closed in 2012.', dates: [['in 2012', '2012-01-01', '2012-12-31', 'year']] },
  { pub: '2025-10-17', sentence: 'The games run from December 30 to January 2.', dates: [['from December 30 to January 2', '2024-12-30', '2025-01-02', 'range']] },
]);

table('spans around publication', [
  { pub: '2025-10-17', sentence: 'A deal should be reached within two weeks.', dates: [['within two weeks', '2025-10-17', '2025-10-31', 'range']] },
  { pub: '2025-10-17', sentence: 'Troops must withdraw within 10 days.', dates: [['within 10 days', '2025-10-17', '2025-10-27', 'range']] },
  { pub: '2025-10-17', sentence: 'A reply is due within a month.', dates: [['within a month', '2025-10-17', '2025-11-16', 'range']] },
  { pub: '2025-10-17', sentence: 'More talks are expected in the coming days.', dates: [['in the coming days', '2025-10-18', '2025-10-24', 'range']] },
  { pub: '2025-10-17', sentence: 'An envoy will be named in coming days, a spokesman said.', dates: [['in coming days', '2025-10-18', '2025-10-24', 'range']] },
  { pub: '2025-10-17', sentence: 'The leaders may speak in the next few days.', dates: [['in the next few days', '2025-10-18', '2025-10-24', 'range']] },
  { pub: '2025-10-17', sentence: 'Details will follow in the coming weeks.', dates: [['in the coming weeks', '2025-10-18', '2025-11-14', 'range']] },
  { pub: '2025-10-17', sentence: 'The envoy has a crowded week ahead.', dates: [['week ahead', '2025-10-18', '2025-10-24', 'range']] },
  { pub: '2018-07-09', sentence: 'The two presidents have spoken only once, by telephone in February.', dates: [['in February', '2018-02-01', '2018-02-28', 'month']] },
  { pub: '2018-07-09', sentence: 'The ministers had not seen each other since March.', dates: [['since March', '2018-03-01', '2018-03-31', 'month']] },
  { pub: '2024-10-22', sentence: 'Russia has chaired the group since January 1.', dates: [['since January 1', '2024-01-01', '2024-10-22', 'range']] },
  { pub: '2018-07-09', sentence: 'The envoys have met every month since March.', dates: [['since March', '2018-03-01', '2018-07-09', 'range']] },
  { pub: '2018-07-09', sentence: 'It was his first visit to the island since 2015.', dates: [['since 2015', '2015-01-01', '2015-12-31', 'year']] },
  { pub: '2018-07-09', sentence: 'Aides say they want the talks in September to set a date for the summit.', dates: [['in September', '2018-09-01', '2018-09-30', 'month']] },
  { pub: '2025-10-17', sentence: 'Ministers will meet twice in the coming week.', dates: [['in the coming week', '2025-10-18', '2025-10-24', 'range']] },
  { pub: '2025-10-17', sentence: 'Talks dominate the month ahead for the new premier.', dates: [['the month ahead', '2025-10-18', '2025-11-16', 'range']] },
  { pub: '2025-10-17', sentence: 'The cabinet will decide later this month.', dates: [['later this month', '2025-10-17', '2025-10-31', 'range']] },
  { pub: '2025-10-15', sentence: 'The two ministers will talk again later this week.', dates: [['later this week', '2025-10-15', '2025-10-19', 'range']] },
  { pub: '2013-07-07', sentence: 'The envoys met twice earlier this week.', dates: [['earlier this week', '2013-07-01', '2013-07-06', 'range']] },
  { pub: '2025-10-17', sentence: 'The ministers spoke earlier this month.', dates: [['earlier this month', '2025-10-01', '2025-10-16', 'range']] },
  { pub: '2025-10-17', sentence: 'Consultations continue this week.', dates: [['this week', '2025-10-13', '2025-10-19', 'week']] },
  { pub: '2020-01-30', sentence: 'The envoy flew to Kyiv last week.', dates: [['last week', '2020-01-20', '2020-01-26', 'week']] },
  { pub: '2020-01-30', sentence: 'Trade talks resume next week.', dates: [['next week', '2020-02-03', '2020-02-09', 'week']] },
  { pub: '2019-08-21', sentence: 'The prime ministers will meet this weekend.', dates: [['this weekend', '2019-08-24', '2019-08-25', 'range']] },
  { pub: '2019-08-21', sentence: 'Further talks are planned over the coming weekend.', dates: [['over the coming weekend', '2019-08-24', '2019-08-25', 'range']] },
  { pub: '2019-08-21', sentence: 'The foreign ministers met last weekend.', dates: [['last weekend', '2019-08-17', '2019-08-18', 'range']] },
  { pub: '2025-10-17', sentence: 'The pact was signed last year and will be reviewed next year.', dates: [['last year', '2024-01-01', '2024-12-31', 'year'], ['next year', '2026-01-01', '2026-12-31', 'year']] },
  { pub: '2025-10-17', sentence: 'The envoys return a week from today, and the ministers ten days from now.', dates: [['a week from today', '2025-10-24', '2025-10-24', 'day'], ['ten days from now', '2025-10-27', '2025-10-27', 'day']] },
  { pub: '2025-10-17', sentence: 'A vote is due two months from now.', dates: [['two months from now', '2025-12-01', '2025-12-31', 'month']] },
  { pub: '2025-10-17', sentence: 'They signed it two days ago, barely a week ago.', dates: [['two days ago', '2025-10-15', '2025-10-15', 'day'], ['a week ago', '2025-10-10', '2025-10-10', 'day']] },
]);

table('parts of months and years', [
  { pub: '2018-11-03', sentence: 'A second summit is planned for early December.', dates: [['early December', '2018-12-01', '2018-12-10', 'range']] },
  { pub: '2018-11-03', sentence: 'The foreign ministers are due to meet late this month.', dates: [['late this month', '2018-11-20', '2018-11-30', 'range']] },
  { pub: '2018-11-03', sentence: 'The text will be finalised in mid-December or mid December.', dates: [['in mid-December', '2018-12-11', '2018-12-20', 'range'], ['mid December', '2018-12-11', '2018-12-20', 'range']] },
  { pub: '2018-11-03', sentence: 'The leaders will meet in late December.', dates: [['in late December', '2018-12-20', '2018-12-31', 'range']] },
  { pub: '2018-11-03', sentence: 'A decision is expected at the end of December.', dates: [['at the end of December', '2018-12-20', '2018-12-31', 'range']] },
  { pub: '2018-11-03', sentence: 'Troops will leave by the end of March.', dates: [['by the end of March', '2019-03-20', '2019-03-31', 'range']] },
  { pub: '2018-11-03', sentence: 'The report is due by the end of this month or early next month.', dates: [['by the end of this month', '2018-11-20', '2018-11-30', 'range'], ['early next month', '2018-12-01', '2018-12-10', 'range']] },
  { pub: '2018-11-03', sentence: 'The accord was drafted in early 2016.', dates: [['in early 2016', '2016-01-01', '2016-04-30', 'range']] },
]);

table('seasons', [
  { pub: '2023-07-13', sentence: 'The two governments agreed to hold a summit in autumn.', dates: [['in autumn', '2023-09-01', '2023-11-30', 'season']] },
  { pub: '2023-07-13', sentence: 'The leaders will meet again in the fall.', dates: [['in the fall', '2023-09-01', '2023-11-30', 'season']] },
  { pub: '2023-07-13', sentence: 'This autumn the ministers will gather in Lisbon.', dates: [['This autumn', '2023-09-01', '2023-11-30', 'season']] },
  { pub: '2023-07-13', sentence: 'The envoys last met in spring.', dates: [['in spring', '2023-03-01', '2023-05-31', 'season']] },
  { pub: '2023-07-13', sentence: 'Talks stalled during the winter.', dates: [['during the winter', '2022-12-01', '2023-02-28', 'season']] },
  { pub: '2023-07-13', sentence: 'The pact was signed in the summer of 2019.', dates: [['in the summer of 2019', '2019-06-01', '2019-08-31', 'season']] },
  { pub: '2024-01-20', sentence: 'Elections are set for next summer.', dates: [['next summer', '2024-06-01', '2024-08-31', 'season']] },
]);

table('to + verb after a past verb', [
  // A past verb of refusal, failure, attempt or motion before "to + verb": past.
  { pub: '2023-02-08', sentence: 'China refused to take a phone call from the minister on Saturday.', dates: [['on Saturday', '2023-02-04', '2023-02-04', 'day']] },
  { pub: '2023-02-08', sentence: 'The minister declined to meet his counterpart on Monday.', dates: [['on Monday', '2023-02-06', '2023-02-06', 'day']] },
  { pub: '2023-02-08', sentence: 'The envoy failed to reach the capital on Tuesday.', dates: [['on Tuesday', '2023-02-07', '2023-02-07', 'day']] },
  { pub: '2023-02-08', sentence: 'She tried to call the premier on Monday.', dates: [['on Monday', '2023-02-06', '2023-02-06', 'day']] },
  { pub: '2023-02-08', sentence: 'The envoy travelled to meet the king on Sunday.', dates: [['on Sunday', '2023-02-05', '2023-02-05', 'day']] },
  { pub: '2023-02-08', sentence: 'The premier flew to see the troops on Friday.', dates: [['on Friday', '2023-02-03', '2023-02-03', 'day']] },
  { pub: '2024-05-10', sentence: 'The president sought to visit the region in March.', dates: [['in March', '2024-03-01', '2024-03-31', 'month']] },
  // A verb of planning or agreeing before "to": still future.
  { pub: '2023-02-08', sentence: 'The two sides agreed to meet on Monday.', dates: [['on Monday', '2023-02-13', '2023-02-13', 'day']] },
  { pub: '2023-02-08', sentence: 'The cabinet decided to hold talks on Friday.', dates: [['on Friday', '2023-02-10', '2023-02-10', 'day']] },
  { pub: '2023-02-08', sentence: 'The king invited him to visit in March.', dates: [['in March', '2023-03-01', '2023-03-31', 'month']] },
  { pub: '2023-02-08', sentence: 'The minister was asked to attend on Thursday.', dates: [['on Thursday', '2023-02-09', '2023-02-09', 'day']] },
  // A participle after "is/are/be" before "to": still future.
  { pub: '2023-02-08', sentence: 'Ministers are required to attend on Monday.', dates: [['on Monday', '2023-02-13', '2023-02-13', 'day']] },
]);

table('future in the past', [
  { pub: '2018-11-03', sentence: 'The minister had been scheduled to fly to Bogota in April.', dates: [['in April', '2018-04-01', '2018-04-30', 'month']] },
  { pub: '2023-02-08', sentence: 'He had been expected to attend the summit on Monday.', dates: [['on Monday', '2023-02-06', '2023-02-06', 'day']] },
  { pub: '2023-02-08', sentence: 'The envoy had agreed to meet the rebels on Tuesday.', dates: [['on Tuesday', '2023-02-07', '2023-02-07', 'day']] },
  { pub: '2023-02-08', sentence: 'The talks had originally been set for Friday.', dates: [['Friday', '2023-02-03', '2023-02-03', 'day']] },
  // Present perfect "has been" is not future in the past.
  { pub: '2023-02-08', sentence: 'The vote has been scheduled for Tuesday.', dates: [['Tuesday', '2023-02-14', '2023-02-14', 'day']] },
  // "had planned" (and other verbs of intention) keeps the future.
  { pub: '2018-11-03', sentence: 'She called off the trip to Peru she had planned for early December.', dates: [['early December', '2018-12-01', '2018-12-10', 'range']] },
  { pub: '2018-11-03', sentence: 'The trip had been planned for late November.', dates: [['late November', '2018-11-20', '2018-11-30', 'range']] },
  { pub: '2018-11-03', sentence: 'She had hoped to visit Bogota in January.', dates: [['in January', '2019-01-01', '2019-01-31', 'month']] },
]);

table('coordinated days', [
  { pub: '2023-02-08', sentence: 'Blinken called off a visit to Beijing, where he had been due to meet the foreign minister on Sunday and Monday.', dates: [['on Sunday and Monday', '2023-02-05', '2023-02-06', 'range']] },
  { pub: '2023-02-08', sentence: 'The envoys will meet on Friday and Saturday in Oslo.', dates: [['on Friday and Saturday', '2023-02-10', '2023-02-11', 'range']] },
  { pub: '2023-02-08', sentence: 'Talks were held Monday, Tuesday and Wednesday.', dates: [['Monday, Tuesday and Wednesday', '2023-02-06', '2023-02-08', 'range']] },
  { pub: '2023-02-08', sentence: 'Delegates met Thursday, Friday, and Saturday evening.', dates: [['Thursday, Friday, and Saturday evening', '2023-02-02', '2023-02-04', 'range']] },
  { pub: '2023-02-08', sentence: 'The ministers will gather next Monday and Tuesday.', dates: [['next Monday and Tuesday', '2023-02-13', '2023-02-14', 'range']] },
  // The second day must come after the first: otherwise two single days.
  { pub: '2023-02-08', sentence: 'They spoke on Monday and Monday again.', dates: [['on Monday', '2023-02-06', '2023-02-06', 'day'], ['Monday', '2023-02-06', '2023-02-06', 'day']] },
  { pub: '2023-09-10', sentence: 'The summit, held on September 9 and 10, was chaired by Modi.', dates: [['on September 9 and 10', '2023-09-09', '2023-09-10', 'range']] },
  { pub: '2023-09-10', sentence: 'Talks will be held 9 and 10 October in Delhi.', dates: [['9 and 10 October', '2023-10-09', '2023-10-10', 'range']] },
  { pub: '2023-09-10', sentence: 'The forum ran 5, 6, and 7 September.', dates: [['5, 6, and 7 September', '2023-09-05', '2023-09-07', 'range']] },
  { pub: '2023-09-10', sentence: 'The ministers met on March 3 and 4, 2019 in Hanoi.', dates: [['on March 3 and 4, 2019', '2019-03-03', '2019-03-04', 'range']] },
  { pub: '2023-09-10', sentence: 'Voting takes place on October 1, 2 and 3.', dates: [['on October 1, 2 and 3', '2023-10-01', '2023-10-03', 'range']] },
  // Far apart, or a count after the last number: only the first date.
  { pub: '2023-09-10', sentence: 'The envoys met on March 3 and 24 in Geneva.', dates: [['on March 3', '2023-03-03', '2023-03-03', 'day']] },
  { pub: '2023-09-10', sentence: 'On May 5 and 6 people were hurt.', dates: [['On May 5', '2023-05-05', '2023-05-05', 'day']] },
  // A parenthesised date after "today" keeps both.
  { pub: '2023-07-13', sentence: 'The leaders met today (Wednesday 12 July) in Vilnius.', dates: [['today', '2023-07-13', '2023-07-13', 'day'], ['Wednesday 12 July', '2023-07-12', '2023-07-12', 'day']] },
]);

table('datelines', [
  { pub: '2019-01-09', sentence: 'BERLIN, 09 Jan, 2019 (Reuters) - Talks continued.', dates: [['09 Jan, 2019', '2019-01-09', '2019-01-09', 'day']] },
  { pub: '2025-11-03', sentence: 'Nov 3 (Wire) - The ministers met.', dates: [['Nov 3', '2025-11-03', '2025-11-03', 'day']] },
  { pub: '2021-11-16', sentence: 'Published 16 November 2021', dates: [['16 November 2021', '2021-11-16', '2021-11-16', 'day']] },
  { pub: '2023-07-13', sentence: 'Thu, 13 Jul 2023 10:02:11 GMT', dates: [['Thu, 13 Jul 2023', '2023-07-13', '2023-07-13', 'day']] },
]);

table('not dates', [
  { pub: '2025-10-17', sentence: 'The two leaders talked for two hours, then for 3.5 hours after a 15-minute break.', dates: [] },
  { pub: '2025-10-17', sentence: 'A ceasefire must hold within 24 hours.', dates: [] },
  { pub: '2025-10-17', sentence: 'The war is in its 44th month after five months of negotiations failed.', dates: [] },
  { pub: '2025-10-17', sentence: 'The envoys have met at least seven times.', dates: [] },
  { pub: '2025-10-17', sentence: 'The 70-year-old minister, aged 70, attended the 2+2 dialogue.', dates: [] },
  { pub: '2025-10-17', sentence: 'It may take place at 10:30 or at 14:00 with 2,000 guests.', dates: [] },
  { pub: '2025-10-17', sentence: 'May they succeed, said Theresa May.', dates: [] },
  { pub: '2025-10-17', sentence: 'Thousands joined a march to the palace and vowed to march again.', dates: [] },
  { pub: '2025-10-17', sentence: 'The Women\'s March drew crowds; the Arab Spring was recalled.', dates: [] },
  { pub: '2025-10-17', sentence: 'After the fall in oil prices and the fall of the regime, 1,500 troops left.', dates: [] },
  { pub: '2025-10-17', sentence: 'The Sunday Times reported that Good Friday services were held.', dates: [] },
  { pub: '2025-10-17', sentence: 'The court ruled on case 30/10/17 in room 2019.', dates: [] },
]);

table('without a publication date', [
  { pub: null, sentence: 'The ministers spoke on Monday and met in August, last week, on October 17.', dates: [] },
  { pub: null, sentence: 'The treaty of 5 March 2019 replaced the accord of April 20, 2015.', dates: [['5 March 2019', '2019-03-05', '2019-03-05', 'day'], ['April 20, 2015', '2015-04-20', '2015-04-20', 'day']] },
  { pub: null, sentence: 'The file is dated 2019-03-05 and the talks began in 2012.', dates: [['2019-03-05', '2019-03-05', '2019-03-05', 'day'], ['in 2012', '2012-01-01', '2012-12-31', 'year']] },
  { pub: null, sentence: 'The call on Monday, September 25, 2017 came in May 2014 terms.', dates: [['on Monday, September 25, 2017', '2017-09-25', '2017-09-25', 'day'], ['in May 2014', '2014-05-01', '2014-05-31', 'month']] },
]);

describe('findDates options', () => {
  it('bounds the tense look-around by the given sentences', () => {
    const text = 'Talks will resume soon Talks on Friday ended badly';
    const pub = '2019-08-21';
    expect(findDates(text, { publishedAt: pub })[0]?.start).toBe('2019-08-23');
    const sentences = [
      { start: 0, end: 22, text: text.slice(0, 22) },
      { start: 23, end: text.length, text: text.slice(23) },
    ];
    expect(findDates(text, { publishedAt: pub, sentences })[0]?.start).toBe('2019-08-16');
  });

  it('ends the tense look-around at a line break', () => {
    const text = 'Leaders will gather soon\nThe talks on Friday ended badly';
    expect(findDates(text, { publishedAt: '2019-08-21' })[0]?.start).toBe('2019-08-16');
  });

  it('accepts a full ISO timestamp as publication date and rejects garbage', () => {
    expect(findDates('They met yesterday.', { publishedAt: '2019-08-21T23:30:00Z' })[0]?.start).toBe('2019-08-20');
    expect(() => findDates('x', { publishedAt: 'last Tuesday' })).toThrow(RangeError);
  });

  it('returns dates in text order without overlaps', () => {
    const text = 'On Monday, September 25, 2017, and later on Friday, and in early December and in 2012.';
    const found = findDates(text, { publishedAt: '2017-09-27' });
    expect(found.map((d) => d.text)).toEqual(['On Monday, September 25, 2017', 'on Friday', 'in early December', 'in 2012']);
    for (let k = 1; k < found.length; k++) expect(found[k - 1]!.span.end).toBeLessThanOrEqual(found[k]!.span.start);
  });

  it('keeps exact offsets with non-ASCII text and curly apostrophes', () => {
    const text = 'Zürich — the ministers’ meeting on Tuesday’s agenda 🇨🇭 ended on 3 März? No: on 3 March.';
    const found = findDates(text, { publishedAt: '2024-03-06' });
    expect(found.map((d) => d.text)).toEqual(['on Tuesday', 'on 3 March']);
    for (const d of found) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });
});
