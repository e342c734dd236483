import { topicWords } from './topic-words.ts';

describe('topicWords', () => {
  it('keeps the words that carry a topic, lower case, plurals and possessives folded', () => {
    expect(topicWords('The Ferries of Tarsa’s harbour were said to sink on Monday.')).toEqual([
      'ferrie',
      'tarsa',
      'harbour',
      'sink',
    ]);
  });

  it('drops function words whether written or stemmed, and short words', () => {
    expect(topicWords('It is as if they had many of those days, an ox said.')).toEqual([]);
  });
});
