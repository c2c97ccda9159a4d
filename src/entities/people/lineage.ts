/**
 * Particles of an Arabic or Malay patronymic chain ("Abdullah bin Zayed Al Nahyan": Abdullah, son
 * of Zayed): the word after one is a father's name, even when it is also a title ("bin Sultan").
 */
export const LINEAGE_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ben', 'binti', 'binte']);
