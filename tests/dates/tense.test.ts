import { describe, expect, it } from 'vitest';
import { clauseTense, type Tense } from '../../src/dates/tense.js';

function tenseOf(sentence: string, expression: string): Tense {
  const at = sentence.indexOf(expression);
  return clauseTense(sentence, at, at + expression.length);
}

describe('clauseTense', () => {
  it.each<[string, string, Tense]>([
    ['The leaders met on Monday.', 'on Monday', 'past'],
    ['The envoy arrived on Monday.', 'on Monday', 'past'],
    ['The leaders will meet on Monday.', 'on Monday', 'future'],
    ['The leaders are set to meet on Monday.', 'on Monday', 'future'],
    ['He said he would visit Paris on Monday.', 'on Monday', 'future'],
    ['The talks are scheduled for Monday.', 'Monday', 'future'],
    ['The minister is to visit Paris on Monday.', 'on Monday', 'future'],
    ['The minister is hosting her counterpart on Monday.', 'on Monday', 'future'],
    ['The summit will be held on Monday.', 'on Monday', 'future'],
    ['The summit was held on Monday.', 'on Monday', 'past'],
    ['On Monday, the ministers will gather.', 'On Monday', 'future'],
    ['On Monday, the ministers gathered.', 'On Monday', 'past'],
    ['Officials said on Monday that talks will resume.', 'on Monday', 'past'],
    ['Leaders gather on Monday', 'on Monday', 'present'],
    // a contact in the timetable present is still to come
    ['The United Nations meets on Monday', 'on Monday', 'future'],
    ['They will meet soon. The talks on Monday ended early.', 'on Monday', 'past'],
    // "'s" after a name is a possessive, after a pronoun "is"
    ["Ruto's meeting with Museveni on Monday focused on fuel.", 'on Monday', 'past'],
    ["Macron's meeting with Lula in Brasilia on Thursday produced a vaccine deal.", 'on Thursday', 'past'],
    ["He's meeting Museveni on Monday.", 'on Monday', 'future'],
    ["Ruto said she's hosting Museveni on Monday.", 'on Monday', 'future'],
  ])('%s → %s is %s', (sentence, expression, tense) => expect(tenseOf(sentence, expression)).toBe(tense));
});

describe('clauseTense marker details', () => {
  it.each<[string, string, Tense]>([
    ['He stood next to her on Monday after they met.', 'on Monday', 'past'],
    ['The sides could not agree on Monday.', 'on Monday', 'present'],
    ['The chair of the Conference of Heads of State, President Ruto, on Monday spoke with Museveni.', 'on Monday', 'past'],
    ['The EU heads of government on Monday met in Brussels.', 'on Monday', 'past'],
    ['The delegation heads to Nairobi on Monday.', 'on Monday', 'future'],
    ['The president, who met the king in Rabat on Monday, flies to Algiers on Friday.', 'on Friday', 'future'],
    ['The envoy, who saw the emir yesterday, returns to Doha on Sunday.', 'on Sunday', 'future'],
    ['Having signed the deal, the premier proceeds to Lagos on Thursday.', 'on Thursday', 'future'],
    ['Kwatra had been the first foreign official to meet the new president in early October.', 'in early October', 'past'],
    ['She was the only minister to attend the talks on Monday.', 'on Monday', 'past'],
    ['Ruto is expected to be the first leader to visit Beijing in May.', 'in May', 'future'],
    ['The sides could meet as early as Friday.', 'Friday', 'future'],
    ['The peace plan was discussed on Monday.', 'on Monday', 'past'],
    ['Both leaders plan to meet on Friday.', 'on Friday', 'future'],
    ['The constructor of the toString valueOf deal spoke on Monday.', 'on Monday', 'past'],
    ['China refused to take a phone call on Saturday.', 'on Saturday', 'past'],
    ['The minister went to see the king on Monday.', 'on Monday', 'past'],
    ['The president flew to Addis Ababa to attend the summit on Sunday.', 'on Sunday', 'past'],
    ['The envoy travelled to Geneva to meet the minister on Friday.', 'on Friday', 'past'],
    ['The premier arrived in Hanoi to hold talks on Tuesday.', 'on Tuesday', 'past'],
    ['The president will fly to Addis Ababa to attend the summit on Sunday.', 'on Sunday', 'future'],
    ['After the ceremony the president went on to meet the envoy on Tuesday.', 'on Tuesday', 'past'],
    ['The chancellor then flew on to see the king on Friday.', 'on Friday', 'past'],
    ['The envoys pressed ahead to hold a second round on Sunday.', 'on Sunday', 'past'],
    ['The president will go on to meet the envoy on Tuesday.', 'on Tuesday', 'future'],
    ['The premier is moving on to visit Lagos on Friday.', 'on Friday', 'future'],
    ['The minister was to visit Paris on Monday.', 'on Monday', 'past'],
    ['The sides agreed to meet on Monday.', 'on Monday', 'future'],
    ['The sides have agreed to meet on Monday.', 'on Monday', 'future'],
    ['The sides had agreed to meet on Monday.', 'on Monday', 'past'],
    ['The king invited him to visit on Monday.', 'on Monday', 'future'],
    ['The king invited him to visit Rabat in a phone call on Monday.', 'on Monday', 'past'],
    ['The premier urged her to attend during their telephone conversation last week.', 'last week', 'past'],
    ['The envoy asked him to come to Doha during talks on Sunday.', 'on Sunday', 'past'],
    ['The king will invite him to visit Rabat in a phone call on Monday.', 'on Monday', 'future'],
    ['The king invited him to visit Rabat on Monday.', 'on Monday', 'future'],
    ['He will be forced to leave on Monday.', 'on Monday', 'future'],
    ['He had been due to meet the minister on Sunday.', 'on Sunday', 'past'],
    ['The envoy is due in Geneva on Monday.', 'on Monday', 'future'],
    ['The premier is due back in the capital on Friday.', 'on Friday', 'future'],
    ['Both ministers are due at the talks on Tuesday.', 'on Tuesday', 'future'],
    ['He had been expected to attend on Monday.', 'on Monday', 'past'],
    ['The talks had expected a deal on Monday.', 'on Monday', 'past'],
    ['The vote has been scheduled for Monday.', 'Monday', 'future'],
    ['A visit that he had planned for Monday.', 'Monday', 'future'],
    ['A visit that had been planned for Monday.', 'Monday', 'future'],
  ])('%s → %s is %s', (sentence, expression, tense) => {
    const at = sentence.indexOf(expression);
    expect(clauseTense(sentence, at, at + expression.length)).toBe(tense);
  });
});
