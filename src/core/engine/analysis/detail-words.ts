/**
 * Details a question can ask of a project, each with the words that ask for it and the words a
 * claim giving it would use. General language, not knowledge of any record.
 */
export interface DetailWord {
  detail: string;
  asked: RegExp;
  given: RegExp;
}

export const DETAIL_WORDS: readonly DetailWord[] = [
  {
    detail: 'jobs',
    asked:
      /\b(jobs?|employ\w*|workers?|workforce|hires?|hiring|headcount|how many people)\b|雇用|従業員|働く人|人員/,
    given: /\bjobs?\b|employ|worker|workforce|雇用|従業員/,
  },
  {
    detail: 'yen',
    asked: /\b(in yen|yen)\b|円で|円換算|何円|いくら.*円/,
    given: /¥|\byen\b|円/,
  },
  {
    detail: 'capacity',
    asked: /\b(gw|mw|gigawatts?|megawatts?|capacity|output|tons?|tonnes?)\b|出力|発電能力|生産能力|規模|トン/,
    given: /\b\d+(\.\d+)? ?(gw|mw|gigawatts?|megawatts?|tons?|tonnes?)\b|capacity|出力|能力|ギガワット|トン/,
  },
  {
    detail: 'operator',
    asked: /\b(who will (run|operate|build)|operator|run by|operated by)\b|運営|運転するのは|建設するのは/,
    given: /operat|run by|運営|事業者/,
  },
  {
    detail: 'opening',
    asked:
      /\b(finished|completed?|completion|be done|ready|start operating|operational|online|open(ing)?)\b|完成|稼働|運転開始|開業/,
    given: /complet|finish|operational|online|commercial operation|完成|稼働|運転開始|開業/,
  },
];
