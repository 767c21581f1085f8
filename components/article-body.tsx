/** The article body: HTML already sanitised by lib/markdown/render-markdown. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
