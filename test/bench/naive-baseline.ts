/** A record as the naive baseline reads it: its names, as in the fact base file. */
interface Named {
  id: string;
  name: { en: string; ja: string };
  aliases?: readonly string[];
}

/**
 * The baseline the engine is compared with: what the simplest bot would do, scanning every name
 * and alias of every record for a substring of the lower-cased question, with no index, no typo
 * tolerance and no reading of the question. Only its speed is compared. Reads the fact base as
 * validated or as JSON.parse left it.
 */
export function naiveMatcher(
  facts: Record<'people' | 'organisations' | 'sectors' | 'projects' | 'events', readonly Named[]>,
): (question: string) => string | null {
  const names: [string, string][] = [];
  for (const list of [facts.people, facts.organisations, facts.sectors, facts.projects, facts.events]) {
    for (const r of list)
      for (const n of [r.name.en, r.name.ja, ...(r.aliases ?? [])]) names.push([n.toLowerCase(), r.id]);
  }
  return (question) => {
    const q = question.toLowerCase();
    for (const [name, id] of names) if (q.includes(name)) return id;
    return null;
  };
}
