import { describe, expect, it } from 'vitest';
import { dayOf, firstLineTitle, httpUrl } from './draft-fields.ts';

describe('dayOf', () => {
  it('keeps the day a date or timestamp states, in its own time zone', () => {
    expect(dayOf('2017-05-23T08:00:00+01:00')).toBe('2017-05-23');
    expect(dayOf('2017-05-23T23:30:00-09:00')).toBe('2017-05-23');
    expect(dayOf(' 2017-05-23 ')).toBe('2017-05-23');
    expect(dayOf('2017-05-23 08:00')).toBe('2017-05-23');
  });

  it('refuses what does not start with a real day', () => {
    expect(dayOf('2017-02-30')).toBeNull();
    expect(dayOf('23/05/2017')).toBeNull();
    expect(dayOf('2017-05-234')).toBeNull();
    expect(dayOf('May 23, 2017')).toBeNull();
  });
});

describe('httpUrl', () => {
  it('keeps absolute http(s) addresses only', () => {
    expect(httpUrl(' https://news.example/a?b=1 ')).toBe('https://news.example/a?b=1');
    expect(httpUrl('http://news.example')).toBe('http://news.example');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('/relative/path')).toBeNull();
    expect(httpUrl('ftp://files.example/a')).toBeNull();
  });
});

describe('firstLineTitle', () => {
  it('proposes the first line with text, its white space collapsed, and says so', () => {
    expect(firstLineTitle('\r\n \n  Bridge   reopens \nBody.')).toEqual({
      title: 'Bridge reopens',
      evidence: { proposes: 'title', from: "the text's first line", value: '  Bridge   reopens ' },
    });
    expect(firstLineTitle('  \n ')).toBeNull();
  });

  it('passes over the page furniture the build sets aside, and says it did', () => {
    const text =
      'Skip to main content\nhttps://example.org/story\nBridge reopens after repairs\nBody.';
    expect(firstLineTitle(text)).toEqual({
      title: 'Bridge reopens after repairs',
      evidence: {
        proposes: 'title',
        from: "the text's first line that is not page furniture",
        value: 'Bridge reopens after repairs',
      },
    });
  });
});
