/**
 * International organisations and blocs. They are not countries: a country word inside
 * an organisation's name ("Organization of American States") gives no country mention.
 */

/** One organisation and the forms it is written in. */
export interface Organisation {
  /** Stable id, usually its acronym ("NATO", "EU", "UNGA"). */
  id: string;
  /** Its English name ("North Atlantic Treaty Organization"). */
  name: string;
  /**
   * How news text writes it. Forms in capitals ("UN", "ICC") match only in capitals;
   * others match when capitalised ("Nato", "NATO").
   */
  forms: readonly string[];
}

/** Words that make an organisation's name international: regions of several states, and the world. */
export const INTERNATIONAL_WORDS: ReadonlySet<string> = new Set(['african', 'asian', 'european', 'arab', 'islamic', 'pacific', 'caribbean', 'inter-american', 'eurasian', 'atlantic', 'gulf', 'nordic', 'commonwealth', 'international', 'world', 'global']);

/** The organisation table. */
export const ORGANISATIONS: readonly Organisation[] = [
  { id: 'EU', name: 'European Union', forms: ['EU', 'E.U.', 'European Union'] },
  { id: 'EC', name: 'European Commission', forms: ['European Commission'] },
  { id: 'EUCO', name: 'European Council', forms: ['European Council'] },
  { id: 'EP', name: 'European Parliament', forms: ['European Parliament'] },
  {
    id: 'NATO',
    name: 'North Atlantic Treaty Organization',
    forms: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'],
  },
  { id: 'UN', name: 'United Nations', forms: ['UN', 'U.N.', 'United Nations'] },
  {
    id: 'UNGA',
    name: 'United Nations General Assembly',
    forms: ['UNGA', 'UN General Assembly', 'U.N. General Assembly', 'United Nations General Assembly'],
  },
  {
    id: 'UNSC',
    name: 'United Nations Security Council',
    forms: ['UNSC', 'UN Security Council', 'U.N. Security Council', 'United Nations Security Council'],
  },
  { id: 'BRICS', name: 'BRICS', forms: ['BRICS', 'Brics'] },
  { id: 'G7', name: 'Group of Seven', forms: ['G7', 'G-7', 'Group of Seven'] },
  { id: 'G20', name: 'Group of Twenty', forms: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'] },
  { id: 'ASEAN', name: 'Association of Southeast Asian Nations', forms: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations'] },
  { id: 'AU', name: 'African Union', forms: ['African Union'] },
  { id: 'ICC', name: 'International Criminal Court', forms: ['ICC', 'International Criminal Court'] },
  { id: 'ICJ', name: 'International Court of Justice', forms: ['ICJ', 'International Court of Justice'] },
  {
    id: 'OPEC',
    name: 'Organization of the Petroleum Exporting Countries',
    forms: ['OPEC', 'Opec', 'Organization of the Petroleum Exporting Countries'],
  },
  { id: 'WTO', name: 'World Trade Organization', forms: ['WTO', 'World Trade Organization', 'World Trade Organisation'] },
  { id: 'IMF', name: 'International Monetary Fund', forms: ['IMF', 'International Monetary Fund'] },
  { id: 'WB', name: 'World Bank', forms: ['World Bank'] },
  { id: 'LAS', name: 'Arab League', forms: ['Arab League', 'League of Arab States'] },
  { id: 'GCC', name: 'Gulf Cooperation Council', forms: ['GCC', 'Gulf Cooperation Council', 'Gulf Co-operation Council'] },
  {
    id: 'SCO',
    name: 'Shanghai Cooperation Organisation',
    forms: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
  },
  { id: 'QUAD', name: 'Quadrilateral Security Dialogue', forms: ['Quad', 'Quadrilateral Security Dialogue'] },
  {
    id: 'OSCE',
    name: 'Organization for Security and Co-operation in Europe',
    forms: [
      'OSCE',
      'Organization for Security and Co-operation in Europe',
      'Organisation for Security and Co-operation in Europe',
      'Organization for Security and Cooperation in Europe',
    ],
  },
  { id: 'COMMONWEALTH', name: 'Commonwealth of Nations', forms: ['Commonwealth', 'Commonwealth of Nations'] },
  { id: 'CIS', name: 'Commonwealth of Independent States', forms: ['Commonwealth of Independent States'] },
  { id: 'OAS', name: 'Organization of American States', forms: ['OAS', 'Organization of American States'] },
  { id: 'IAEA', name: 'International Atomic Energy Agency', forms: ['IAEA', 'International Atomic Energy Agency'] },
  { id: 'WHO', name: 'World Health Organization', forms: ['World Health Organization'] },
  { id: 'APEC', name: 'Asia-Pacific Economic Cooperation', forms: ['APEC', 'Apec', 'Asia-Pacific Economic Cooperation'] },
  { id: 'COE', name: 'Council of Europe', forms: ['Council of Europe'] },
  { id: 'CSTO', name: 'Collective Security Treaty Organization', forms: ['CSTO', 'Collective Security Treaty Organization'] },
  {
    id: 'ECOWAS',
    name: 'Economic Community of West African States',
    forms: ['ECOWAS', 'Ecowas', 'Economic Community of West African States'],
  },
  {
    id: 'OIC',
    name: 'Organisation of Islamic Cooperation',
    forms: ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'],
  },
  // regional blocs whose leaders meet in summits
  { id: 'EAC', name: 'East African Community', forms: ['EAC', 'East African Community'] },
  { id: 'SADC', name: 'Southern African Development Community', forms: ['SADC', 'Southern African Development Community'] },
  { id: 'ECCAS', name: 'Economic Community of Central African States', forms: ['ECCAS', 'Economic Community of Central African States'] },
  { id: 'IGAD', name: 'Intergovernmental Authority on Development', forms: ['IGAD', 'Intergovernmental Authority on Development'] },
  { id: 'CELAC', name: 'Community of Latin American and Caribbean States', forms: ['CELAC', 'Celac', 'Community of Latin American and Caribbean States'] },
  { id: 'MERCOSUR', name: 'Mercosur', forms: ['Mercosur', 'MERCOSUR', 'Mercosul'] },
  { id: 'CARICOM', name: 'Caribbean Community', forms: ['CARICOM', 'Caricom', 'Caribbean Community'] },
  { id: 'SICA', name: 'Central American Integration System', forms: ['SICA', 'Central American Integration System'] },
  { id: 'PIF', name: 'Pacific Islands Forum', forms: ['PIF', 'Pacific Islands Forum'] },
  { id: 'SAARC', name: 'South Asian Association for Regional Cooperation', forms: ['SAARC', 'South Asian Association for Regional Cooperation'] },
  { id: 'BIMSTEC', name: 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation', forms: ['BIMSTEC'] },
  { id: 'EAEU', name: 'Eurasian Economic Union', forms: ['EAEU', 'Eurasian Economic Union'] },
  { id: 'OTS', name: 'Organization of Turkic States', forms: ['Organization of Turkic States', 'Organisation of Turkic States'] },
  { id: 'CICA', name: 'Conference on Interaction and Confidence-Building Measures in Asia', forms: ['CICA'] },
];
