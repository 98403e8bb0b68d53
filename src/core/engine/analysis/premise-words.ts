/**
 * Changes a question can take for granted ("why did Lutnick resign?"), each with the words that ask
 * about it and the words a claim would use to report it. A change no claim about the record reports
 * is a false premise. General language, not knowledge of any record.
 */
export interface PremiseWord {
  change: string;
  asked: RegExp;
  reported: RegExp;
  /** The kinds of record that undergo the change, in order of preference (the lead names the first found). */
  undergoes: readonly ('person' | 'organisation' | 'event' | 'project' | 'tranche' | 'deal')[];
  /** Event kinds preferred as the subject ("upheld": a ruling rather than the hearing before it). */
  eventKinds?: readonly string[];
  /** What is known is the subject's own card (who the person is), not an event the question names. */
  showsSubject?: boolean;
  /** Not checked on a yes/no question (the yes/no operator answers it). */
  notOnYesNo?: boolean;
}

export const PREMISE_WORDS: readonly PremiseWord[] = [
  {
    change: 'resign',
    asked:
      /\b(resign\w*|quit|quits|step(ped|s)? down|fire[ds]?|sack(ed|s)?|dismiss(ed|es)?|oust(ed|s)?|impeach(ed|es)?)\b|辞任|辞め|解任|更迭|クビ|罷免/,
    reported: /resign|step(ped|s)? down|stepping down|dismiss|fired|ousted|辞任|退任|辞意|解任|更迭/,
    undergoes: ['person'],
    showsSubject: true,
  },
  {
    change: 'replace',
    asked:
      /\b(replac(ed|es|ing)|successor|succeed(ed|s)?|took over from|taken over from)\b|後任|後継|交代|取って代わ/,
    reported: /replac|successor|succeed|took over|後任|後継|交代/,
    undergoes: ['person'],
    showsSubject: true,
  },
  {
    change: 'fall out',
    asked:
      /\b(f[ae]ll(en)? out|falling out|feud\w*|clash(ed|es)?|quarrel\w*|row(ed)? with|broke off|break off)\b|決裂|対立|仲違い|喧嘩|けんか/,
    reported: /fell out|falling out|feud|clash|quarrel|broke off|決裂|対立|仲違い/,
    undergoes: ['person', 'organisation', 'event'],
  },
  {
    change: 'cancel',
    asked:
      /\b(cancel\w*|scrap\w*|abandon\w*|shelved?|called off|call off|killed|axed)\b|中止|白紙|断念|取りやめ|取り止め|頓挫/,
    reported: /cancel|scrap|abandon|shelv|called off|中止|白紙|断念|取りやめ|取り止め|頓挫/,
    undergoes: ['project', 'event', 'tranche', 'deal', 'person', 'organisation'],
  },
  {
    change: 'withdraw',
    asked:
      /\b(withdr[ae]w\w*|pull(ed|s)? out|back(ed|s)? out|walk(ed|s)? away|exit(ed)?|renege\w*)\b|撤退|離脱|手を引|撤回/,
    reported: /withdr|pull(ed|s)? out|back(ed|s)? out|walk(ed|s)? away|renege|撤退|離脱|撤回/,
    undergoes: ['person', 'organisation', 'project', 'deal', 'tranche', 'event'],
  },
  {
    change: 'reject',
    asked: /\b(reject\w*|refus\w*|veto\w*|turn(ed|s)? down)\b|拒否|拒ん|却下|断った/,
    reported: /reject|refus|veto|turn(ed|s)? down|拒否|拒ん|却下|断っ/,
    undergoes: ['person', 'organisation', 'event', 'tranche', 'project', 'deal'],
  },
  {
    change: 'move',
    asked: /\b(moved|relocat\w*)\b|移転|移され|移った|移っ|引っ越/,
    reported: /relocat|moved|移転/,
    undergoes: ['project', 'event'],
  },
  {
    change: 'uphold',
    asked: /\b(upheld|uphold\w*|affirmed|backed|sided with|ruled for)\b|支持し|合憲|認めた/,
    reported: /upheld|uphold|affirm|sided with|支持し|合憲/,
    undergoes: ['event'],
    eventKinds: ['ruling', 'hearing'],
  },
  {
    change: 'approve',
    asked: /\b(approv\w*|green.?lit|signed off|sign(ed|s)? off)\b|承認|ゴーサイン/,
    reported: /approv|selected|announced|signed off|承認|選定|発表/,
    undergoes: ['tranche', 'project', 'event'],
    notOnYesNo: true,
  },
];
