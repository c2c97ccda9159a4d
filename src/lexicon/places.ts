/** Nouns of a settlement or an area named after "of" ("the port city of Dalian", "the Black Sea resort of Sochi", "the Bosnian town of Banja Luka"): what follows is a place, never a person. */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'resort', 'port', 'capital', 'island', 'province', 'region', 'state', 'enclave', 'hamlet', 'municipality', 'oasis', 'spa']);

/** Head words of a building or a compound that names a venue ("the Great Hall of the People", "Hyderabad House", "the Istana"): a place even when no gazetteer knows it. */
export const VENUE_HEADS: ReadonlySet<string> = new Set(['hall', 'palace', 'house', 'building', 'buildings', 'centre', 'center', 'hotel', 'residence', 'villa', 'castle', 'pavilion', 'lodge', 'chancellery', 'complex', 'estate']);
