import type { FactBaseInput } from '../../src/core/factbase/schema.js';

/**
 * A synthetic fact base of about `records` records, built on the real one (so every real question
 * still has its answer), with people, organisations, projects and events that have names, aliases,
 * dates and citations like the real ones. Deterministic for a given size.
 */
export function generateFacts(real: FactBaseInput, records: number): FactBaseInput {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const syllables = [
    'ka',
    'ta',
    'mi',
    'ro',
    'shi',
    'ne',
    'yu',
    'ha',
    'to',
    'ri',
    'sa',
    'no',
    'ke',
    'mo',
    'zu',
  ];
  const word = (n: number) => Array.from({ length: n }, () => pick(syllables)).join('');
  /** A unique all-letter word for each number (names must not lean on digits to be unique). */
  const unique = (i: number) => {
    let out = '';
    let k = i + syllables.length;
    while (k > 0) {
      out = syllables[k % syllables.length] + out;
      k = Math.floor(k / syllables.length);
    }
    return out;
  };
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const kinds = ['plant', 'port', 'mine', 'factory', 'pipeline', 'shipyard', 'lab', 'grid', 'terminal'];
  const cite = [{ source: real.sources[0]?.id ?? 'source' }];
  // Every claim is reported on or after the source's day; some values change in later reports.
  const reported = '2026-02-11';
  const later = () =>
    `2026-${String(3 + Math.floor(rand() * 4)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const fb = structuredClone(real);
  const people = Math.floor(records * 0.2);
  const orgs = Math.floor(records * 0.1);
  const projects = Math.floor(records * 0.4);
  const events = records - people - orgs - projects;

  for (let i = 0; i < orgs; i++) {
    const name = `${cap(unique(i))} ${pick(['Holdings', 'Energy', 'Industries', 'Steel', 'Marine'])}`;
    fb.organisations.push({
      id: `org-${i}`,
      name: { en: name, ja: `${name}社` },
      aliases: [`${cap(unique(i))} ${cap(word(2))}`],
      kind: 'company',
      country: rand() < 0.5 ? 'us' : 'japan',
      summary: { en: `A company named in generated record ${i}.`, ja: `生成レコード${i}の企業。` },
      cite,
    });
  }
  for (let i = 0; i < people; i++) {
    const name = `${cap(word(2))} ${cap(unique(i))}`;
    fb.people.push({
      id: `person-${i}`,
      name: { en: name, ja: `${name}氏` },
      aliases: [name.split(' ')[1] ?? name],
      country: rand() < 0.5 ? 'us' : 'japan',
      summary: { en: `A person in generated record ${i}.`, ja: `生成レコード${i}の人物。` },
      roles: [{ title: { en: 'Official', ja: '担当者' }, reported, cite }],
      cite,
    });
  }
  for (let i = 0; i < projects; i++) {
    const kind = pick(kinds);
    const place = cap(word(3));
    fb.projects.push({
      id: `project-${i}`,
      name: { en: `${place} ${kind} ${cap(unique(i))}`, ja: `${place}${kind}${unique(i)}` },
      aliases: [`${cap(unique(i))} ${kind}`],
      purpose: { en: `A ${kind} in ${place}`, ja: `${place}の${kind}` },
      amount: [
        { value: { amount: Math.round(rand() * 5e10), currency: 'USD' }, reported, cite },
        ...(rand() < 0.3
          ? [
              {
                value: { amount: Math.round(rand() * 5e10), currency: 'USD' as const },
                reported: later(),
                cite,
              },
            ]
          : []),
      ],
      ...(orgs ? { interested: [{ value: [`org-${Math.floor(rand() * orgs)}`], reported, cite }] } : {}),
      status: [
        { value: 'candidate' as const, reported, cite },
        ...(rand() < 0.3 ? [{ value: 'selected' as const, reported: later(), cite }] : []),
      ],
      cite,
    });
  }
  for (let i = 0; i < events; i++) {
    const y = 2024 + Math.floor(rand() * 6);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const name = `${cap(unique(i))} summit`;
    fb.events.push({
      id: `event-${i}`,
      name: { en: name, ja: `${name}会合` },
      aliases: [`${cap(unique(i))} ${cap(word(2))} meeting`],
      summary: { en: `Generated event ${i}.`, ja: `生成イベント${i}。` },
      date: [
        ...(rand() < 0.3
          ? [{ value: { start: { precision: 'month' as const, month } }, reported, cite }]
          : []),
        {
          value: { start: { precision: 'day' as const, date: `${month}-${String(d).padStart(2, '0')}` } },
          reported: later(),
          cite,
        },
      ],
      timeZone: rand() < 0.5 ? 'America/New_York' : 'Asia/Tokyo',
      ...(rand() < 0.1 ? { status: [{ value: 'held' as const, reported: later(), cite }] } : {}),
      participants: people ? [`person-${Math.floor(rand() * people)}`] : [],
      cite,
    });
  }
  return fb;
}
