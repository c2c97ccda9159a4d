import { describe, expect, it } from 'vitest';
import {
  inferYear,
  monthPartRange,
  resolveMonth,
  resolveSeason,
  resolveWeekday,
  resolveWeekend,
  seasonRange,
  weekRange,
  yearPartRange,
  type WeekdayDirection,
} from '../../src/dates/resolve.js';

describe('resolveWeekday', () => {
  // Publication Wednesday 2019-08-21; weekdays 0 = Sunday … 6 = Saturday.
  it.each<[string, number, WeekdayDirection, string]>([
    ['2017-09-25', 1, 'past', '2017-09-25'],
    ['2024-12-15', 3, 'past', '2024-12-11'],
    ['2024-12-15', 1, 'past', '2024-12-09'],
    ['2019-01-09', 1, 'past', '2019-01-07'],
    ['2022-11-14', 2, 'future', '2022-11-15'],
    ['2015-02-23', 1, 'future', '2015-02-23'],
    ['2019-08-21', 5, 'this', '2019-08-23'],
    ['2019-08-21', 1, 'this', '2019-08-19'],
    ['2019-08-21', 2, 'next', '2019-08-27'],
    ['2019-08-21', 3, 'last', '2019-08-14'],
    ['2019-08-21', 3, 'coming', '2019-08-28'],
    ['2019-08-25', 0, 'this', '2019-08-25'],
  ])('resolveWeekday(%s, %i, %s) = %s', (pub, wd, dir, out) => expect(resolveWeekday(pub, wd, dir)).toBe(out));
});

describe('resolveMonth', () => {
  it('past looks back, future ahead, across the year boundary', () => {
    expect(resolveMonth('2025-10-17', 8, 'past')).toEqual({ start: '2025-08-01', end: '2025-08-31' });
    expect(resolveMonth('2025-10-17', 10, 'past')).toEqual({ start: '2025-10-01', end: '2025-10-31' });
    expect(resolveMonth('2020-01-15', 12, 'past')).toEqual({ start: '2019-12-01', end: '2019-12-31' });
    expect(resolveMonth('2013-07-07', 9, 'future')).toEqual({ start: '2013-09-01', end: '2013-09-30' });
    expect(resolveMonth('2013-07-07', 2, 'future')).toEqual({ start: '2014-02-01', end: '2014-02-28' });
    expect(resolveMonth('2024-03-01', 3, 'last')).toEqual({ start: '2023-03-01', end: '2023-03-31' });
    expect(resolveMonth('2024-03-01', 3, 'next')).toEqual({ start: '2025-03-01', end: '2025-03-31' });
  });
});

describe('inferYear', () => {
  it('keeps the publication year unless the tense says otherwise', () => {
    expect(inferYear('2025-10-17', 10, 17, 'past')).toBe(2025);
    expect(inferYear('2025-10-17', 11, 10, 'past')).toBe(2025);
    expect(inferYear('2025-10-17', 12, 20, 'past')).toBe(2024);
    expect(inferYear('2025-01-05', 12, 28, 'present')).toBe(2024);
    expect(inferYear('2024-12-20', 1, 15, 'future')).toBe(2025);
    expect(inferYear('2024-12-20', 12, 1, 'future')).toBe(2024);
  });

  it('finds a leap year for 29 February', () => {
    expect(inferYear('2024-03-10', 2, 29, 'past')).toBe(2024);
    expect(inferYear('2025-03-10', 2, 29, 'past')).toBe(2024);
    expect(inferYear('2025-03-10', 2, 29, 'future')).toBe(2028);
  });
});

describe('parts, seasons, weeks and weekends', () => {
  it('splits months and years', () => {
    expect(monthPartRange(2018, 12, 'early')).toEqual({ start: '2018-12-01', end: '2018-12-10' });
    expect(monthPartRange(2018, 12, 'mid')).toEqual({ start: '2018-12-11', end: '2018-12-20' });
    expect(monthPartRange(2024, 2, 'late')).toEqual({ start: '2024-02-20', end: '2024-02-29' });
    expect(yearPartRange(2019, 'mid')).toEqual({ start: '2019-05-01', end: '2019-08-31' });
  });

  it('winter runs into the next year', () => {
    expect(seasonRange('winter', 2023)).toEqual({ start: '2023-12-01', end: '2024-02-29' });
    expect(resolveSeason('2023-07-13', 'autumn', 'future')).toEqual({ start: '2023-09-01', end: '2023-11-30' });
    expect(resolveSeason('2023-07-13', 'autumn', 'past')).toEqual({ start: '2022-09-01', end: '2022-11-30' });
    expect(resolveSeason('2024-01-20', 'winter', 'this')).toEqual({ start: '2023-12-01', end: '2024-02-29' });
    expect(resolveSeason('2023-07-13', 'summer', 'last')).toEqual({ start: '2022-06-01', end: '2022-08-31' });
    expect(resolveSeason('2023-07-13', 'summer', 'next')).toEqual({ start: '2024-06-01', end: '2024-08-31' });
  });

  it('"last week" in early January wraps to the previous year', () => {
    expect(weekRange('2020-01-02', -1)).toEqual({ start: '2019-12-23', end: '2019-12-29' });
    expect(weekRange('2020-01-30', -1)).toEqual({ start: '2020-01-20', end: '2020-01-26' });
  });

  it('weekends', () => {
    expect(resolveWeekend('2019-08-21', 'this')).toEqual({ start: '2019-08-24', end: '2019-08-25' });
    expect(resolveWeekend('2019-08-21', 'last')).toEqual({ start: '2019-08-17', end: '2019-08-18' });
    expect(resolveWeekend('2019-08-25', 'last')).toEqual({ start: '2019-08-17', end: '2019-08-18' });
    expect(resolveWeekend('2019-08-25', 'past')).toEqual({ start: '2019-08-24', end: '2019-08-25' });
    expect(resolveWeekend('2019-08-24', 'next')).toEqual({ start: '2019-08-31', end: '2019-09-01' });
  });
});
