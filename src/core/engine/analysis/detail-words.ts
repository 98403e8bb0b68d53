/**
 * The details a question can ask of a record, as data: the words that ask for each one (English and
 * Japanese) and where a record holds it. A detail is held by a dated field of the record (`fields`,
 * e.g. `location`, `operator`) or by the record's `details` entries of that `kind`; `given` finds it
 * among older details that carry no kind. A new kind is one row here; a new field of a record is
 * named in `fields`: no code. General language, not knowledge of any record.
 *
 * Order matters: the first row whose words the question uses is the detail asked, so narrower
 * kinds (the amount in yen, grid upgrades) come before broader ones (financing, site).
 */
export interface DetailKind {
  /** The kind, as `details[].kind` in the fact base and as the key of its name in the messages. */
  detail: string;
  /** Words that ask for it. */
  asked: RegExp;
  /** Dated fields of a record that hold it (values: text, ids of organisations, or money). */
  fields: readonly string[];
  /** Words of a detail without a kind that give it. */
  given?: RegExp;
  /** The kinds of record that hold it (default: projects, and tranches through their projects). */
  of?: readonly ('project' | 'event')[];
}

export const DETAIL_WORDS: readonly DetailKind[] = [
  {
    detail: 'duration',
    asked:
      /\bhow long\b.*\b(meet|met|meeting|talks?|talked|call|session|summit)\b|\b(lasted|last for)\b|何分|何時間|会談の長さ|会談時間/,
    fields: [],
    of: ['event'],
  },
  {
    detail: 'jobs',
    asked:
      /\b(jobs?|employ\w*|workers?|workforce|hires?|hiring|headcount|how many people)\b|雇用|従業員|働く人|人員/,
    fields: [],
    given: /\bjobs?\b|employ|worker|workforce|雇用|従業員/,
  },
  {
    detail: 'yen',
    asked: /\b(in yen|yen)\b|円で|円換算|円建て|日本円|何円|いくら.*円/,
    fields: [],
  },
  {
    detail: 'grid',
    asked: /\b(grid|transmission|power lines?)\b|送電/,
    fields: [],
  },
  {
    detail: 'capacity',
    asked:
      /\b(gw|mw|gigawatts?|megawatts?|capacity|output|tons?|tonnes?|how big)\b|出力|発電能力|生産能力|ギガワット|キロワット|トン/,
    fields: [],
    given: /\b\d+(\.\d+)? ?(gw|mw|gigawatts?|megawatts?|tons?|tonnes?)\b|capacity|出力|能力|ギガワット|トン/,
  },
  {
    detail: 'financing',
    asked: /\b(lend|lent|loans?|lenders?|financing|financed|borrow\w*)\b|融資|借り入れ|借入/,
    fields: [],
  },
  {
    detail: 'construction',
    asked:
      /\b(construction|groundbreaking|break(s|ing)? ground|broke ground|start(ed)? building|being built)\b|着工|起工|建設開始|建設が始/,
    fields: [],
  },
  {
    detail: 'opening',
    asked:
      /\b(finished|completed?|completion|be done|ready|start (operating|producing|generating)|producing power|operational|online|open(ing)?)\b|完成|稼働|運転開始|開業|発電開始/,
    fields: [],
    given: /complet|finish|operational|online|commercial operation|完成|稼働|運転開始|開業/,
  },
  {
    detail: 'ownership',
    asked:
      /\b(own|owns|owned|owner|owners|ownership|stake|equity share)\b|所有|保有|出資比率|持ち分|オーナー/,
    fields: [],
  },
  {
    detail: 'operator',
    asked:
      /\b(who|whos|who is|who s) (will |is going to |would )?(run|runs|running|operate|operates|operating|build|builds|building)\b|\b(operator|run by|operated by|developer)\b|運営|運転するのは|建設するのは|事業者/,
    fields: ['operator'],
  },
  {
    detail: 'name',
    asked: /\b(called|official name|project name|name of the project)\b|案件名|名称|正式名/,
    fields: [],
  },
  {
    detail: 'output',
    asked: /\b(supply|cover|demand|exports?|add to)\b|需要|輸出/,
    fields: [],
  },
  {
    detail: 'location',
    asked: /\b(where|site|located|location|which (town|city|county|state))\b|どこ|場所|建設地|立地/,
    fields: ['location'],
  },
];

/** The detail a question asks for, if any. */
export function askedDetail(text: string, raw: string): DetailKind | undefined {
  return DETAIL_WORDS.find((d) => d.asked.test(text) || d.asked.test(raw));
}
