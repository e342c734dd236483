import fc from 'fast-check';
import { cleanArticle } from './clean.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';

function removedTexts(text: string) {
  return cleanArticle(text).map((r) => ({ reason: r.reason, text: text.slice(r.start, r.end) }));
}

describe('cleanArticle', () => {
  it('marks site furniture lines and keeps the story around them', () => {
    const text = [
      'Monitor Group: Riverland shelling of Tarsa may be a war crime',
      '',
      'Published: Updated:',
      'Enable Read mode',
      '100% Font Size',
      '',
      'Riverland’s shelling of Tarsa may amount to a war crime, Monitor Group said on Wednesday.',
      '',
      'Top Content Trending',
    ].join('\n');
    expect(removedTexts(text)).toEqual([
      { reason: 'dateline', text: 'Published: Updated:' },
      { reason: 'read-mode-widget', text: 'Enable Read mode' },
      { reason: 'read-mode-widget', text: '100% Font Size' },
      { reason: 'trending', text: 'Top Content Trending' },
    ]);
  });

  it('marks "Related:" lines, banners, photo credits and contributor lines of another story', () => {
    const text = [
      'This story is over 5 years old.',
      'Shelling hit a school in Belvo on Monday.',
      'Photo by Lena Marr/AFP',
      'Related: Riverland’s Grain Deal Explained',
      'Officials said eight people were killed.',
      'AP contributed to this report.',
    ].join('\n');
    expect(removedTexts(text)).toEqual([
      { reason: 'other', text: 'This story is over 5 years old.' },
      { reason: 'credit', text: 'Photo by Lena Marr/AFP' },
      { reason: 'related-links', text: 'Related: Riverland’s Grain Deal Explained' },
      { reason: 'credit', text: 'AP contributed to this report.' },
    ]);
  });

  it('sets aside the furniture many sites print: bylines, comment widgets, tweets, captions with agency credits', () => {
    // Lines written for this test in the shapes news pages use.
    const text = [
      'Floods sweep through the valley',
      'By Jane Doe',
      'Published on 9:15 AM, March 3, 2019',
      'RIVERTOWN, March 3 (Wire) — Floods killed at least 12 people on Sunday, officials said.',
      'Rescuers search a flooded street in Rivertown. REUTERS/John Smith',
      'Residents wade through water (AP Photo/Ann Lee)',
      'Image copyright Getty Images',
      'Belvo, May 6: Rescuers kept digging through the night.',
      'date 2019-03-03 Floods kill 12 in Rivertown',
      'Water everywhere here #floods pic.twitter.com/abc123',
      'comments powered by Disqus',
      '7 tips for a dry basement this winter - November 6, 2020',
      'Stay up to date with notifications from the Daily Example',
      'Notifications can be managed in your browser settings',
    ].join('\n');
    expect(removedTexts(text)).toEqual([
      { reason: 'credit', text: 'By Jane Doe' },
      { reason: 'dateline', text: 'Published on 9:15 AM, March 3, 2019' },
      { reason: 'dateline', text: 'RIVERTOWN, March 3 (Wire) —' },
      { reason: 'caption', text: 'Rescuers search a flooded street in Rivertown.' },
      { reason: 'credit', text: 'REUTERS/John Smith' },
      { reason: 'caption', text: 'Residents wade through water' },
      { reason: 'credit', text: '(AP Photo/Ann Lee)' },
      { reason: 'caption', text: 'Image copyright Getty Images' },
      { reason: 'dateline', text: 'Belvo, May 6:' },
      { reason: 'dateline', text: 'date 2019-03-03' },
      { reason: 'other', text: 'Water everywhere here #floods pic.twitter.com/abc123' },
      { reason: 'other', text: 'comments powered by Disqus' },
      { reason: 'related-links', text: '7 tips for a dry basement this winter - November 6, 2020' },
      {
        reason: 'appeal',
        text: 'Stay up to date with notifications from the Daily Example\nNotifications can be managed in your browser settings',
      },
    ]);
  });

  it('sets aside a teaser cut short and a paragraph printed twice, keeping the first full copy', () => {
    const full =
      'Rescuers pulled 12 more survivors from the rubble on Tuesday, the fire service said.';
    const teaser =
      'Rescuers pulled 12 more survivors from the rubble on Tuesday, the fire service s...';
    const text = [
      teaser,
      full,
      'Officials said the search would go on through the night.',
      full,
    ].join('\n');
    expect(cleanArticle(text).map((r) => [r.rule, text.slice(r.start, r.end)])).toEqual([
      ['teaser', teaser],
      ['repeated-paragraph', full],
    ]);
    expect(cleanArticle(text)[1]?.start).toBe(text.lastIndexOf(full));
  });

  it('splits a credited photo caption into caption and credit', () => {
    const caption =
      'TARSA, RIVERLAND - NOVEMBER 03: Residents evacuate people from damaged buildings on November 03, 2015.';
    const credit = '(Photo by Pavel Drost/Delta Agency/Getty Images)';
    const text = `December 24, 2015 1:15 pm\n\nHeadline\n\n${caption} ${credit}\n\nBody text here.`;
    expect(removedTexts(text)).toEqual([
      { reason: 'dateline', text: 'December 24, 2015 1:15 pm' },
      { reason: 'caption', text: caption },
      { reason: 'credit', text: credit },
    ]);
  });

  it('removes only the image file name glued to the first word, never the word', () => {
    const text =
      'riverland-tarsa-floodswebAccording to Monitor Group, 200 villagers were killed.\n\nNewsdesk_Riverland-Flood-Belvo-TarsaRiverland’s interior ministry dismissed the report.\nbelvo_bridge_photo-2022McKenna’s closed its doors.';
    const removed = removedTexts(text);
    expect(new Set(removed.map((r) => r.reason))).toEqual(new Set(['caption']));
    expect(removed.map((r) => r.text)).toEqual([
      'riverland-tarsa-floodsweb',
      'Newsdesk_Riverland-Flood-Belvo-Tarsa',
      'belvo_bridge_photo-2022',
    ]);
  });

  it('leaves hyphenated words at the start of a paragraph alone', () => {
    expect(
      cleanArticle('Al-Haddan-led forces advanced on Tuesday.\nPro-government media said so.'),
    ).toEqual([]);
  });

  it('marks a donation and republish appeal at the end as one block, browser notices apart', () => {
    const body = 'Monitor Group said it focused on six attacks in Tarsa, Belvo and Orlen.';
    const appeal = [
      'A message from our Publisher & CEO Ola Brandt',
      '',
      'I hope you appreciated this article. Before you go, I’d like to ask you to please support our award-winning, nonprofit journalism.',
      '',
      '— Ola Brandt, Publisher and CEO',
      '',
      'Republish This Story',
      '',
      'To republish, copy the HTML by clicking on the yellow button; it includes our tracking pixel.',
    ].join('\n');
    const text = `${body}\n\n${appeal}\n\nWe don't support Internet Explorer\n\nPlease use Chrome, Safari, Firefox, or Edge to view this site.`;
    expect(removedTexts(text)).toEqual([
      { reason: 'appeal', text: appeal },
      { reason: 'other', text: "We don't support Internet Explorer" },
      {
        reason: 'other',
        text: 'Please use Chrome, Safari, Firefox, or Edge to view this site.',
      },
    ]);
  });

  it('does not treat a closing paragraph about support as an appeal without an appeal opening', () => {
    const text =
      'The rebels said.\n\nHarbour League members pledged support for the government and its journalism school.';
    expect(cleanArticle(text)).toEqual([]);
  });

  it('applies a site’s own furniture only where the site’s signature is present', () => {
    const forward = 'Skip To Content\nJEWISH. INDEPENDENT. NONPROFIT.\nFast Forward\n\nHeadline';
    expect(removedTexts(forward).map((r) => r.text)).toEqual([
      'Skip To Content',
      'JEWISH. INDEPENDENT. NONPROFIT.',
      'Fast Forward',
    ]);
    expect(cleanArticle('Fast Forward\n\nA film review.')).toEqual([]);
  });

  it('marks a wire dateline but not the sentence after it', () => {
    const text = 'TARSA (Reuters) - Riverland denied the report on Wednesday.';
    expect(removedTexts(text)).toEqual([{ reason: 'dateline', text: 'TARSA (Reuters) -' }]);
  });

  it('marks a pull quote that the body repeats, but not a quote that appears once', () => {
    const text =
      '\'The water reached the second floor in minutes. I still hear the sirens\'\n\nShe said: "The water reached the second floor in minutes. I still hear the sirens," she said.\n\n“Such failures may amount to negligence,”';
    expect(removedTexts(text)).toEqual([
      {
        reason: 'other',
        text: "'The water reached the second floor in minutes. I still hear the sirens'",
      },
    ]);
  });

  it('sets aside another story spliced in under its own headline, but not a quotation off the topic', () => {
    const story = [
      'Ferry capsizes on the river, dozens missing',
      '',
      'A passenger ferry capsized on the river near the harbour town on Friday, and rescuers were searching for dozens of passengers reported missing.',
      '',
      '"We heard screaming and then the lights went out," a fisherman who joined the rescue said.',
      '',
      'Orchestra names new conductor for autumn season',
      'She trained in Tarsa and Belvo, conducted symphonies across Riverland, and recorded three albums of chamber music before accepting the baton from her mentor.',
      '',
      'The harbour authority said the ferry was carrying more passengers than its licence allowed.',
    ].join('\n');
    expect(removedTexts(story)).toEqual([
      {
        reason: 'other',
        text: 'Orchestra names new conductor for autumn season\nShe trained in Tarsa and Belvo, conducted symphonies across Riverland, and recorded three albums of chamber music before accepting the baton from her mentor.',
      },
    ]);
    // The same block sharing its topic with the story is part of it.
    const onTopic = story.replace(
      'recorded three albums of chamber music',
      'recorded the ferry passengers and rescuers at the harbour',
    );
    expect(removedTexts(onTopic)).toEqual([]);
  });

  it('handles Windows line endings without swallowing the carriage return into a range', () => {
    const text = 'Enable Read mode\r\nThe strike hit a market.\r\n';
    const [range] = cleanArticle(text);
    expect(text.slice(range!.start, range!.end)).toBe('Enable Read mode');
  });

  it('never throws, and its ranges are ordered, disjoint, inside the text and start and end on word edges', () => {
    fc.assert(
      fc.property(
        textWith(
          [
            'Related: x',
            'Photo by A/B',
            '“quoted words here for a pull”',
            'Top Content Trending',
            'a-b-cDef ghi',
            'Before you go, support our journalism',
            '\n',
            '\r\n',
            '',
          ],
          '\n',
        ),
        (text) => {
          const removed = cleanArticle(text);
          let last = 0;
          for (const r of removed) {
            expect(r.start).toBeGreaterThanOrEqual(last);
            expect(r.end).toBeGreaterThan(r.start);
            expect(r.end).toBeLessThanOrEqual(text.length);
            // Only a file-name residue may end where a word begins: it is glued to that word.
            expect(/[\p{L}\p{N}]/u.test(text[r.start - 1] ?? '')).toBe(false);
            if (r.rule !== 'image-file-name') {
              expect(/[\p{L}\p{N}]/u.test(text[r.end] ?? '')).toBe(false);
            }
            last = r.end;
          }
        },
      ),
    );
  });
});
