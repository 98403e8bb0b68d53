/** The record collections, in file order (the deal is one record on its own). */
export const COLLECTIONS = [
  'people',
  'organisations',
  'sectors',
  'projects',
  'events',
  'terms',
  'tranches',
  'tariffs',
  'conflicts',
  'goals',
  'opinions',
  'gaps',
] as const;
