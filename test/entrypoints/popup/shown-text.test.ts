// The paste area shows a large text's beginning only (Chromium freezes laying out megabytes in a textarea).
import { describe, expect, it } from 'vitest';
import { isLargeText, LARGE_TEXT_CHARS, megabytes, PREVIEW_CHARS, shownText } from '../../../entrypoints/popup/shown-text';

describe('shownText', () => {
  it('shows a text up to the limit whole', () => {
    const text = 'x'.repeat(LARGE_TEXT_CHARS);
    expect(isLargeText(text)).toBe(false);
    expect(shownText(text)).toBe(text);
  });

  it('shows only the first PREVIEW_CHARS characters of a larger text, a prefix of it', () => {
    const text = 'From: a@b.example\n\n' + 'y'.repeat(LARGE_TEXT_CHARS);
    expect(isLargeText(text)).toBe(true);
    expect(shownText(text)).toHaveLength(PREVIEW_CHARS);
    expect(text.startsWith(shownText(text))).toBe(true);
  });

  it('gives the size in MB with one decimal', () => {
    expect(megabytes('z'.repeat(20 * 1024 * 1024))).toBe('20.0');
  });
});
