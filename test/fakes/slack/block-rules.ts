/**
 * The Block Kit limits Slack's API enforces, checked by the fake so a test fails where Slack would answer
 * `invalid_blocks`. Returns the first problem found, or undefined.
 */

type Json = Record<string, unknown>;

function textOf(o: unknown): string {
  return typeof o === 'object' && o !== null && typeof (o as Json).text === 'string'
    ? ((o as Json).text as string)
    : '';
}

function checkBlock(block: Json): string | undefined {
  switch (block.type) {
    case 'header':
      return textOf(block.text).length > 150 ? 'header text over 150 characters' : undefined;
    case 'section':
      return textOf(block.text).length > 3000 ? 'section text over 3000 characters' : undefined;
    case 'context': {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length > 10) return 'context with more than 10 elements';
      return elements.some((e) => textOf(e).length > 3000) ? 'context text over 3000 characters' : undefined;
    }
    case 'actions': {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length > 25) return 'actions with more than 25 elements';
      const ids = new Set<string>();
      for (const e of elements) {
        if (textOf(e.text).length > 75) return 'button text over 75 characters';
        if (typeof e.value === 'string' && e.value.length > 2000) return 'button value over 2000 characters';
        const id = String(e.action_id);
        if (ids.has(id)) return `duplicate action_id ${id}`;
        ids.add(id);
      }
      return undefined;
    }
    case 'divider':
      return undefined;
    default:
      return `unexpected block type ${String(block.type)}`;
  }
}

export function blockProblem(blocks: unknown, max: number): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'blocks is not an array';
  if (blocks.length > max) return `${blocks.length} blocks (at most ${max})`;
  for (const b of blocks) {
    const problem = checkBlock(b as Json);
    if (problem) return problem;
  }
  return undefined;
}
