import { describe, expect, it } from 'vitest';
import { normalizeLink } from '../../../src/core/news/link.js';
import { createRelevance, detectLang } from '../../../src/core/news/relevance.js';
import { newsEntities } from './entities.js';

const relevance = createRelevance(newsEntities());
const judge = (title: string, summary?: string) => relevance.judge(title, summary);

describe('relevance from the fact base', () => {
  it.each([
    ["Japan's $550 billion US investment pledge: first projects named", 'deal'],
    ['5500億ドルの対米投資、最初の案件を発表', 'deal'],
    ['SB Energy to build Ohio power plant with Japanese backing', 'sb-energy'],
    ['赤沢経産相、ラトニック商務長官と対米投資の第1号案件で協議', 'akazawa'],
    ['Akazawa: the first tranche of the US investment comes soon', 'first-tranche'],
    ['Akazawa and Lutnick meet to structure a first project', 'akazawa'],
    ['Takaichi and Trump to meet at White House summit', 'takaichi'],
  ])('counts %s as about the deal', (title, record) => {
    const r = judge(title);
    expect(r.relevant, JSON.stringify(r)).toBe(true);
    expect(r.matched).toContain(record);
    expect(r.score).toBeGreaterThanOrEqual(0.7);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Lutnick says South Korea trade deal talks near the finish line', 'another country'],
    ['ラトニック氏、韓国との貿易合意を歓迎', 'another country, in Japanese'],
    ['Tokyo weather: heavy snow expected on Tuesday', 'a place in a weather report'],
    ['東京で大雪の予報', 'a weather report in Japanese'],
    ['SoftBank shares rise on AI optimism', 'one company and a sector'],
    ['New power plant opens in Texas', 'common words of a project name'],
    ['Takaichi visits Australia for security talks', 'the PM abroad on other business'],
    ['Prime Minister meets President in Canberra', 'titles only'],
    ['Akazawa comments on rice prices', 'one name alone'],
    ['Apple pledges $500 billion US investment', 'another pledge'],
    ['Akazawa Lutnik meating', 'typos are not read in news'],
    ['SoftBank and SB Energy shares rise', 'two companies alone'],
    ['Toshiba and Panasonic shares rise', 'two companies whose names projects borrow'],
    ['Akazawa: nothing announced or confirmed yet', 'one name and the words of open questions'],
    ['Piketon and Portsmouth', 'two names of one project, shared with the event of its announcement'],
  ])('does not count %s (%s)', (title) => {
    const r = judge(title);
    expect(r.relevant, JSON.stringify(r)).toBe(false);
  });

  it('counts a company named by its own name as the company, not as an event that borrows the name', () => {
    // The event "Piketon campus announced" lists "SB Energy" among its names.
    const r = judge('SB Energy raises new funds');
    expect(r.matched).toEqual(['sb-energy']);
    expect(r.relevant).toBe(false);
  });

  it('reads the summary too, and says which records matched, strongest first', () => {
    const r = judge('Ministers meet again', 'Akazawa and Lutnick discussed the $550 billion pledge.');
    expect(r.relevant).toBe(true);
    expect(r.matched[0]).toBe('deal');
    expect(r.matched).toEqual(expect.arrayContaining(['akazawa', 'lutnick']));
  });

  it('discounts a story that names another country, unless it cites the deal figure', () => {
    expect(judge('Lutnick and Akazawa talk about India').relevant).toBe(false);
    expect(judge('Lutnick and Akazawa talk about India').foreign).toContain('IN');
    expect(judge('India watches the $550 billion US–Japan pledge').relevant).toBe(true);
  });

  it('keeps another country foreign even when the fact base names it', () => {
    const withKorea = createRelevance([
      ...newsEntities(),
      {
        id: 'south-korea',
        type: 'organisation',
        name: { en: 'South Korea', ja: '韓国' },
        aliases: ['Korea', 'Seoul'],
      },
    ]);
    const r = withKorea.judge('Lutnick says South Korea trade deal talks near the finish line');
    expect(r.foreign).toContain('KR');
    expect(r.relevant).toBe(false);
    // The deal's own countries are never foreign.
    expect(withKorea.judge('Japan and the United States review the $550 billion pledge').foreign).toEqual([]);
  });

  it("reads the deal's terms as context, and a bare year as a common word", () => {
    const withTerm = createRelevance([
      ...newsEntities(),
      {
        id: 'investment-deadline',
        type: 'term' as never,
        name: { en: 'Deadline for the investments', ja: '投資の期限' },
        aliases: ['deadline', '2029', 'January 2029'],
      },
    ]);
    const r = withTerm.judge('Lutnick sets a 2029 deadline for chip subsidies');
    expect(r.matched).toContain('investment-deadline');
    expect(r.relevant).toBe(false);
  });

  it('tells the language of a headline', () => {
    expect(detectLang('赤沢経産相が訪米')).toBe('ja');
    expect(detectLang('Akazawa visits Washington')).toBe('en');
    expect(detectLang('Акадзава в Вашингтоне')).toBe('other');
    expect(judge('5500億ドルの対米投資').lang).toBe('ja');
  });
});

describe('normalizeLink', () => {
  it('drops fragments and utm parameters and lower-cases the host, so one story has one link', () => {
    expect(normalizeLink('https://WIRE.example.com/a/B?utm_source=x&id=3&UTM_medium=y#top')).toBe(
      'https://wire.example.com/a/B?id=3',
    );
    expect(normalizeLink('HTTP://example.com:80/x')).toBe('http://example.com/x');
    expect(normalizeLink('/relative', 'https://feed.example.org/rss')).toBe(
      'https://feed.example.org/relative',
    );
  });

  it('refuses anything but http and https', () => {
    expect(normalizeLink('javascript:alert(1)')).toBeNull();
    expect(normalizeLink('file:///etc/passwd')).toBeNull();
    expect(normalizeLink('not a link')).toBeNull();
  });
});
