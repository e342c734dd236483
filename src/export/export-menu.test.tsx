// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu, dataToJson, type ExportData } from './export-menu.tsx';

const data: ExportData = {
  title: 'Arvel market strike: civilians killed',
  filters: ['Event: Arvel market strike'],
  source: 'Source: Wire Desk.',
  columns: [
    { key: 'article', label: 'Article' },
    { key: 'figure', label: 'Figure as cited' },
  ],
  rows: [
    { article: 'a1', figure: '49' },
    { article: 'a3', figure: 'not reported' },
  ],
};

let saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', {
    ...URL,
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('saves the data as CSV and JSON under names built from what is shown', async () => {
    const user = userEvent.setup();
    render(
      <ExportMenu
        label={data.title}
        fileParts={['casualties', 'Arvel', '2015-11-29']}
        data={() => data}
      />,
    );
    await user.click(screen.getByText('Export'));
    expect(screen.queryByRole('button', { name: /PNG/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: `Download CSV table of ${data.title}` }));
    expect(saved[0]?.name).toBe('casualties-arvel-2015-11-29.csv');
    const csv = await saved[0]!.blob.text();
    expect(csv.replace(/^\uFEFF/, '')).toBe(
      'Article,Figure as cited\r\na1,49\r\na3,not reported\r\n',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Saved casualties-arvel-2015-11-29.csv');

    await user.click(screen.getByRole('button', { name: `Download JSON data of ${data.title}` }));
    expect(saved[1]?.name).toBe('casualties-arvel-2015-11-29.json');
    expect(JSON.parse(await saved[1]!.blob.text())).toEqual(JSON.parse(dataToJson(data)));
  });

  it('saves the image as SVG, and says why when it cannot', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <ExportMenu
        label="timeline"
        fileParts={['strike-timeline']}
        image={() => ({ svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 1, height: 1 })}
      />,
    );
    await user.click(screen.getByText('Export'));
    await user.click(screen.getByRole('button', { name: 'Download SVG image of timeline' }));
    expect(saved[0]?.name).toBe('strike-timeline.svg');
    expect(await saved[0]!.blob.text()).toMatch(/^<\?xml[^>]*>\n<svg /);

    rerender(
      <ExportMenu
        label="timeline"
        fileParts={['strike-timeline']}
        image={() => {
          throw new Error('the timeline is not on the page');
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Download SVG image of timeline' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Could not export strike-timeline.svg: the timeline is not on the page',
    );
    expect(saved).toHaveLength(1);
  });
});

describe('dataToJson', () => {
  it('keeps title, filters, source, columns and rows', () => {
    expect(JSON.parse(dataToJson(data))).toEqual({
      title: data.title,
      filters: data.filters,
      source: data.source,
      columns: data.columns,
      rows: data.rows,
    });
  });
});
