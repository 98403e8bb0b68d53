import type { Ctx } from '../context.js';
import { amountHistoryReadings } from './amount-history.js';
import { arithmeticReadings } from './arithmetic.js';
import { dealReadings } from './deal.js';
import { eventReadings } from './events.js';
import { gapReadings } from './gaps.js';
import { orgHeadReadings } from './org-heads.js';
import { peopleReadings } from './people.js';
import { phrasingReadings } from './phrasing.js';
import { projectReadings } from './projects.js';
import { type Analysis, type Reading, scope } from './reading.js';
import { recordReadings } from './records.js';
import { roleSinceReadings } from './role-since.js';
import { roleStartReadings } from './role-start.js';
import { sectorReadings } from './sectors.js';
import { tariffWordReadings } from './tariff-words.js';
import { timeFrameReadings } from './time-frame.js';

export type { Analysis, Reading } from './reading.js';

const FAMILIES = [
  dealReadings,
  projectReadings,
  sectorReadings,
  peopleReadings,
  eventReadings,
  gapReadings,
  recordReadings,
  arithmeticReadings,
  amountHistoryReadings,
  timeFrameReadings,
  phrasingReadings,
  roleSinceReadings,
  roleStartReadings,
  orgHeadReadings,
  tariffWordReadings,
];

/** Every plausible reading of a question, scored. Pure. */
export function readings(ctx: Ctx, a: Analysis): Reading[] {
  const out: Reading[] = [];
  const s = scope(ctx, a, out);
  for (const family of FAMILIES) family(s);
  return out;
}
