import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse-article';
import { articleText, context, validFrontMatter } from '../../support/content-context';

const FILE = 'content/articles/2026/a-headline.md';
const parse = (text: string) => parseArticle(FILE, text, context);
const problemsOf = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('expected problems, the article parsed');
  return result.problems;
};

describe('parseArticle', () => {
  it('parses a valid article, taking the slug from the file name and the summary from the first paragraph', () => {
    const result = parse(articleText([...validFrontMatter, 'tags: [Liverpool, Electric vehicles]']));
    expect(result.problems).toEqual([]);
    const { article } = result.parsed!;
    expect(article).toMatchObject({
      slug: 'a-headline',
      title: 'A headline',
      section: 'news',
      authors: ['ada'],
      date: '2026-11-18T09:30:00.000Z',
      summary: 'First paragraph of the story.',
      draft: false,
      featured: false,
      readingMinutes: 1,
    });
    expect(article.tags).toEqual([
      { slug: 'liverpool', name: 'Liverpool' },
      { slug: 'electric-vehicles', name: 'Electric vehicles' },
    ]);
  });

  it('accepts a list of authors and an explicit slug', () => {
    const result = parse(
      articleText([
        'title: T',
        'date: 2026-11-18',
        'author: [ada, ben]',
        'section: news',
        'slug: Custom Slug',
      ]),
    );
    expect(result.ok && result.parsed!.article.authors).toEqual(['ada', 'ben']);
    expect(result.ok && result.parsed!.article.slug).toBe('custom-slug');
  });

  it('reports every missing required field at once, with its line-less field name', () => {
    const problems = problemsOf(articleText(['tags: [x]']));
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['title', 'invalid-field'],
      ['author', 'invalid-field'],
      ['section', 'invalid-field'],
      ['date', 'invalid-date'],
    ]);
    expect(problems[0]).toMatchObject({ file: FILE, message: 'expected text; the field is required' });
  });

  it('reports a date that is not a date with its file, line, field and value', () => {
    const [problem] = problemsOf(
      articleText(['title: T', 'date: next Tuesday', 'author: ada', 'section: news']),
    );
    expect(problem).toEqual({
      file: FILE,
      line: 3,
      column: undefined,
      field: 'date',
      code: 'invalid-date',
      message: 'expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30, found "next Tuesday"',
    });
  });

  it('refuses an impossible date that YAML would silently roll over, saying why in words', () => {
    const [problem] = problemsOf(
      articleText(['title: T', 'date: 2025-02-30', 'author: ada', 'section: news']),
    );
    expect(problem).toMatchObject({
      field: 'date',
      code: 'invalid-date',
      line: 3,
      message: 'expected a real date, found "2025-02-30": February 2025 has 28 days',
    });
    expect(
      problemsOf(articleText(['title: T', 'date: 2026-13-01', 'author: ada', 'section: news']))[0]?.message,
    ).toBe('expected a real date, found "2026-13-01": there is no month 13 (months are 01 to 12)');
  });

  it('refuses an updated date before the publication date', () => {
    const [problem] = problemsOf(articleText([...validFrontMatter, 'updated: 2026-11-01']));
    expect(problem).toMatchObject({
      field: 'updated',
      code: 'updated-before-date',
      line: 6,
      message: 'expected a time on or after date (2026-11-18T09:30), found "2026-11-01"',
    });
  });

  it('names an unknown author and lists the valid ids', () => {
    const [problem] = problemsOf(
      articleText(['title: T', 'date: 2026-11-18', 'author: jsmith', 'section: news']),
    );
    expect(problem).toMatchObject({
      field: 'author',
      code: 'unknown-author',
      line: 4,
      message: 'expected an id from content/authors/ (ada, ben), found "jsmith"',
    });
  });

  it('names which co-author is unknown', () => {
    const [problem] = problemsOf(
      articleText(['title: T', 'date: 2026-11-18', 'author: [ada, zed]', 'section: news']),
    );
    expect(problem).toMatchObject({ field: 'author[1]', code: 'unknown-author' });
  });

  it('names an unknown section and lists the valid ones', () => {
    const [problem] = problemsOf(
      articleText(['title: T', 'date: 2026-11-18', 'author: ada', 'section: sports']),
    );
    expect(problem).toMatchObject({
      field: 'section',
      code: 'unknown-section',
      line: 5,
      message: 'expected a section from content/sections.yaml (news, business), found "sports"',
    });
  });

  it('requires alt text whenever there is an image', () => {
    const [problem] = problemsOf(articleText([...validFrontMatter, 'image: /images/a.jpg']));
    expect(problem).toMatchObject({ field: 'imageAlt', code: 'missing-image-alt', line: 6 });
  });

  it('refuses an image on another host', () => {
    const [problem] = problemsOf(
      articleText([...validFrontMatter, 'image: https://evil.example/a.jpg', 'imageAlt: x']),
    );
    expect(problem).toMatchObject({
      field: 'image',
      code: 'remote-image',
      message:
        'expected an image saved under public/ (the site never loads images from another host), found "https://evil.example/a.jpg"; download it into public/images/ and write /images/<file>',
    });
  });

  it('calls an SVG or other format next/image cannot serve unsupported-image, not a bad path', () => {
    const [problem] = problemsOf(
      articleText([...validFrontMatter, 'image: /images/logo.svg', 'imageAlt: x']),
    );
    expect(problem).toMatchObject({ field: 'image', code: 'unsupported-image', line: 6 });
  });

  it('cuts a long value quoted in a message with an ellipsis', () => {
    const [problem] = problemsOf(
      articleText(['title: T', `date: soon${'9'.repeat(300)}`, 'author: ada', 'section: news']),
    );
    expect(problem?.message).toBe(
      `expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30, found "soon${'9'.repeat(55)}…"`,
    );
  });

  it('refuses an article with no body text', () => {
    const [problem] = problemsOf(articleText(validFrontMatter, '\n\n<!-- nothing yet -->\n'));
    expect(problem).toMatchObject({ field: 'body', code: 'empty-body' });
  });

  it('still reads the body of an article whose front matter is wrong, so every problem shows in one run', () => {
    const result = parse(
      articleText(
        ['title: T', 'date: soon', 'author: ada', 'section: news'],
        'Text. ![](https://x.example/a.png)',
      ),
    );
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-date', 'remote-image']);
    expect(result.parsed?.article.slug).toBe('a-headline');
  });

  it('derives a plain-text summary, words and search text from a body that begins with HTML', () => {
    const body =
      '<div class="intro">\n\t<p>Council <strong>approves</strong> the <em>budget</em>.</p>\n</div>\n\nMore text.';
    const result = parse(articleText(validFrontMatter, body));
    expect(result.parsed?.article.summary).toBe('Council approves the budget.');
    expect(result.parsed?.bodyStart).toBe('Council approves the budget.\nMore text.');
    expect(result.parsed?.article.wordCount).toBe(6);
  });

  it('removes control and text-direction characters, warning with the line of the first', () => {
    const result = parse(
      articleText([
        'title: "Rail\u000B strike \u202Eends"',
        'date: 2026-11-18',
        'author: ada',
        'section: news',
      ]),
    );
    expect(result.parsed?.article.title).toBe('Rail strike ends');
    expect(result.warnings).toMatchObject([{ code: 'invisible-character', line: 2 }]);
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const [problem] = problemsOf(articleText([...validFrontMatter, 'tittle: oops']));
    expect(problem).toMatchObject({ field: 'tittle', code: 'unknown-field', line: 6 });
  });

  it('reports a wrong type with what was found', () => {
    const [problem] = problemsOf(articleText([...validFrontMatter, 'draft: maybe']));
    expect(problem).toMatchObject({
      field: 'draft',
      code: 'invalid-field',
      message: 'expected true or false, found "maybe"',
    });
  });

  it('reports YAML syntax errors with the line in the file', () => {
    const [problem] = problemsOf(articleText(['title: T', 'date: 2026-11-18', 'author: ada: extra']));
    expect(problem).toMatchObject({ field: 'front-matter', code: 'yaml-syntax', line: 4 });
  });

  it('refuses a file without front matter, and one whose front matter is never closed', () => {
    expect(problemsOf('Just a body.')[0]).toMatchObject({ code: 'front-matter-missing', line: 1 });
    expect(problemsOf('---\ntitle: T\n\nBody with no closing fence.')[0]).toMatchObject({
      code: 'front-matter-unclosed',
    });
  });

  it('refuses a title over the length limit', () => {
    const [problem] = problemsOf(
      articleText([`title: ${'x'.repeat(201)}`, 'date: 2026-11-18', 'author: ada', 'section: news']),
    );
    expect(problem).toMatchObject({
      field: 'title',
      code: 'invalid-field',
      message: 'expected at most 200 characters, found 201',
    });
  });

  it('refuses a slug with nothing safe left in it', () => {
    const [problem] = problemsOf(articleText([...validFrontMatter, 'slug: "../.."']));
    expect(problem).toMatchObject({ field: 'slug', code: 'unsafe-slug' });
  });

  it('parses CRLF line endings and a byte-order mark', () => {
    const result = parse(`\uFEFF${articleText(validFrontMatter).replace(/\n/g, '\r\n')}`);
    expect(result.ok && result.parsed!.article.title).toBe('A headline');
  });

  it('counts words and reading time from the body text, not the Markdown syntax', () => {
    const body = `${'word '.repeat(460)}\n\n| a | b |\n|---|---|\n| c | d |`;
    const result = parse(articleText(validFrontMatter, body));
    expect(result.ok && result.parsed!.article.wordCount).toBe(464);
    expect(result.ok && result.parsed!.article.readingMinutes).toBe(2);
  });

  it('reads each article type, and refuses an unknown one naming the valid ones', () => {
    for (const type of ['analysis', 'opinion', 'editorial', 'explainer', 'interview', 'obituary', 'letter'])
      expect(parse(articleText([...validFrontMatter, `type: ${type}`])).parsed?.article.type).toBe(type);
    expect(parse(articleText(validFrontMatter)).parsed?.article.type).toBe('news');
    const [problem] = problemsOf(articleText([...validFrontMatter, 'type: blog']));
    expect(problem).toMatchObject({
      field: 'type',
      code: 'invalid-field',
      line: 6,
      message:
        'expected one of news, analysis, opinion, editorial, review, explainer, interview, obituary, letter, sponsored, live, found "blog"',
    });
  });

  it('needs the sponsor of sponsored content, and refuses a sponsor or a review subject on other types', () => {
    const paid = parse(articleText([...validFrontMatter, 'type: sponsored', 'sponsor: Pennine Water']));
    expect(paid.parsed?.article).toMatchObject({ type: 'sponsored', sponsor: 'Pennine Water' });
    expect(problemsOf(articleText([...validFrontMatter, 'type: sponsored']))).toMatchObject([
      { field: 'sponsor', code: 'invalid-field', line: 6, message: expect.stringMatching(/^expected the name of who paid/) },
    ]);
    expect(problemsOf(articleText([...validFrontMatter, 'sponsor: Pennine Water']))).toMatchObject([
      { field: 'sponsor', line: 6, message: expect.stringContaining('found type "news"') },
    ]);
    const review = parse(
      articleText([...validFrontMatter, 'type: review', 'reviewed:', '  name: The Tide Clock', '  type: Book']),
    );
    expect(review.parsed?.article.reviewed).toEqual({ name: 'The Tide Clock', type: 'Book' });
    expect(
      parse(articleText([...validFrontMatter, 'type: review', 'reviewed: { name: Hamlet }'])).parsed?.article
        .reviewed,
    ).toEqual({ name: 'Hamlet', type: 'CreativeWork' });
    expect(problemsOf(articleText([...validFrontMatter, 'reviewed: { name: Hamlet }']))).toMatchObject([
      { field: 'reviewed', message: expect.stringContaining('expected reviewed only on a review') },
    ]);
  });

  it('reads each note’s kind (a correction unless said) and its inline Markdown, and refuses what a note cannot be', () => {
    const result = parse(
      articleText([
        ...validFrontMatter,
        'corrections:',
        '  - date: 2026-11-19T10:00',
        '    text: "The plant employs *600* people, not 6,000. See [the figures](/news/figures)."',
        '  - date: 2026-11-20',
        '    kind: clarification',
        '    text: The jobs come over five years.',
      ]),
    );
    const [first, second] = result.parsed!.article.corrections;
    expect(first).toMatchObject({
      kind: 'correction',
      date: '2026-11-19T10:00:00.000Z',
      text: 'The plant employs 600 people, not 6,000. See the figures.',
    });
    expect(second?.kind).toBe('clarification');
    expect(result.parsed!.internalLinks).toContainEqual({
      url: '/news/figures',
      line: 6,
      field: 'corrections[0].text',
      from: '2026-11-19T10:00:00.000Z',
    });

    const problems = problemsOf(
      articleText([
        ...validFrontMatter,
        'corrections:',
        '  - date: 2026-11-01',
        '    text: Before the story.',
        '  - date: 2026-11-20',
        '    kind: retraction',
        '    text: Wrong kind.',
        '  - date: 2026-11-20',
        '    text: "## A heading"',
      ]),
    );
    expect(problems.map((p) => [p.field, p.code, p.message])).toEqual([
      ['corrections[1].kind', 'invalid-field', 'expected one of correction, clarification, update, editors-note, found "retraction"'],
      ['corrections[0].date', 'invalid-date', expect.stringContaining("on or after the story's date")],
      ['corrections[2].text', 'invalid-field', expect.stringMatching(/^expected one paragraph of text/)],
    ]);
  });
});
