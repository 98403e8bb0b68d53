import { statesIn } from '../analysis/us-states.js';
import { firstProjectStatus } from '../handlers/first-project.js';
import { aggregateProjects, listProjects, projectDetail, projectsInPlace } from '../handlers/projects.js';
import type { ReadingScope } from './reading.js';

/** Candidate projects: aggregates, whether one was chosen, one project, or the list. */
export function projectReadings({ ctx, a, has, of, partialOf, add }: ReadingScope): void {
  const { kb, lang, t } = ctx;
  const projects = [...of('project'), ...partialOf('project')];
  const projectsCue = has('projects') || projects.length > 0;
  const list = { label: t.projectsTitle, question: t.ask.projects, run: listProjects };

  const aggregate = has('share')
    ? 'share'
    : has('total')
      ? 'total'
      : has('largest')
        ? 'largest'
        : has('smallest')
          ? 'smallest'
          : null;
  if (aggregate && (projectsCue || has('howMuch') || aggregate === 'largest' || aggregate === 'smallest')) {
    add({
      key: `projects.${aggregate}`,
      score: projectsCue ? 0.93 : 0.72,
      label: t.projectsTitle,
      question: t.ask.largest,
      run: (c, s) => aggregateProjects(c, aggregate, s),
    });
  }
  const status = {
    key: 'projects.status',
    label: t.firstProjectTitle,
    question: t.ask.chosen,
    run: firstProjectStatus,
  };
  if ((has('chosen') && (projectsCue || has('status'))) || (has('status') && projectsCue)) {
    add({ ...status, score: 0.92 });
  } else if (has('first') && projectsCue && !has('when')) {
    // "What was the first project?" (a "when" question names the meeting about it instead).
    add({ ...status, score: 0.92 });
  } else if (has('chosen')) {
    // "What was decided in Washington?": what was to be decided there is the first project.
    add({ ...status, score: 0.8 });
  }
  for (const m of projects) {
    const p = kb.projects.get(m.entity.id);
    if (!p) continue;
    const focus = has('partners') ? 'partners' : has('howMuch') ? 'amount' : 'general';
    add({
      key: `project.${p.id}.${focus}`,
      score: (focus === 'general' ? (has('what') ? 0.88 : 0.8) : 0.93) * m.strength,
      label: p.name[lang],
      question: lang === 'ja' ? `${p.name.ja}について` : `Tell me about the ${p.name.en.toLowerCase()}`,
      run: (c, s) => {
        const draft = projectDetail(c, p, focus, s);
        // Where and when it would be built: the sources say neither.
        const open = [has('where') ? c.t.projectWhereUnknown : '', has('when') ? c.t.projectWhenUnknown : ''];
        return { ...draft, notes: [...open.filter(Boolean), ...(draft.notes ?? [])] };
      },
    });
  }
  // "What projects are in Georgia?": a list asked of a place is the projects sited there.
  const place = has('projects') && !of('project').length ? statesIn(a.text, a.text)[0] : undefined;
  if (place) {
    const [en, ja] = place;
    add({
      key: `projects.in.${en}`,
      score: 0.9,
      label: t.projectsInTitle(lang === 'ja' ? ja : en),
      question: '',
      run: (c, s) => projectsInPlace(c, { en, ja }, s),
    });
  }
  // A project named in full outweighs the generic word "project" in the same question.
  const named = of('project').length > 0;
  if (has('projects'))
    add({ key: 'projects.list', score: named ? 0.7 : has('howMuch') ? 0.8 : 0.85, ...list });
  else if (has('partners') && projectsCue && !of('organisation').length) {
    // "Who runs the Ohio plant?": a project named surely is asked about, not the whole list.
    const sure = projects.some((m) => m.strength >= 0.7);
    add({ key: 'projects.list', score: sure ? 0.6 : 0.8, ...list });
  }
}
