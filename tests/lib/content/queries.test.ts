import { describe, expect, it } from 'vitest';
import { findArticle, findRelated, pickLeadStory, visibleArticles } from '@/lib/content/queries';
import { loadFixtureIndex } from '../../support/load-fixture-index';

const reader = { now: new Date('2026-11-20T12:00:00Z'), preview: false };
const editor = { now: reader.now, preview: true };

describe('content queries', () => {
  it('hides drafts and scheduled articles from readers, not from previewing editors', async () => {
    const index = await loadFixtureIndex();
    const slugs = visibleArticles(index.articles, reader).map((a) => a.slug);
    expect(slugs).not.toContain('draft-story');
    expect(slugs).not.toContain('future-story');
    expect(slugs).toHaveLength(4);
    expect(visibleArticles(index.articles, editor)).toHaveLength(6);
    expect(findArticle(index, 'draft-story', reader)).toBeUndefined();
    expect(findArticle(index, 'draft-story', editor)?.slug).toBe('draft-story');
  });

  it('shows a scheduled article once its time has come', async () => {
    const index = await loadFixtureIndex();
    expect(findArticle(index, 'future-story', reader)).toBeUndefined();
    expect(
      findArticle(index, 'future-story', { now: new Date('2099-01-01T00:00:00Z'), preview: false })?.slug,
    ).toBe('future-story');
  });

  it('picks the newest featured article as the lead story, else the newest', async () => {
    const index = await loadFixtureIndex();
    const list = visibleArticles(index.articles, reader);
    expect(pickLeadStory(list)?.slug).toBe('car-plant-liverpool');
    const featured = { ...list[2]!, featured: true };
    expect(pickLeadStory([list[0]!, list[1]!, featured])?.slug).toBe(featured.slug);
  });

  it('relates by topic, never the article itself, a draft or a future article', async () => {
    const index = await loadFixtureIndex();
    const article = findArticle(index, 'car-plant-liverpool', reader)!;
    const related = findRelated(index, article, reader).map((a) => a.slug);
    expect(related.length).toBeGreaterThanOrEqual(3);
    expect(related[0]).toBe('battery-factory-jobs');
    expect(related).not.toContain('car-plant-liverpool');
    expect(related).not.toContain('draft-story');
    expect(related).not.toContain('future-story');
  });

  it("puts the editor's pinned related articles first", async () => {
    const index = await loadFixtureIndex();
    const article = { ...findArticle(index, 'car-plant-liverpool', reader)!, related: ['council-budget'] };
    expect(findRelated(index, article, reader)[0]?.slug).toBe('council-budget');
  });

  it('falls back to the latest articles when nothing is similar', async () => {
    const index = await loadFixtureIndex();
    const article = findArticle(index, 'council-budget', reader)!;
    const related = findRelated(index, article, reader);
    expect(related.length).toBeGreaterThanOrEqual(3);
  });
});
